using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>The JSON shape of <see cref="ShopifyCheckpoint"/>.</summary>
internal sealed record CheckpointDocument
{
    [JsonPropertyName("mode")]
    public string? Mode { get; init; }

    [JsonPropertyName("since")]
    public DateTimeOffset? Since { get; init; }

    [JsonPropertyName("syncedAt")]
    public DateTimeOffset? SyncedAt { get; init; }

    [JsonPropertyName("pass")]
    public PassState? Pass { get; init; }

    [JsonPropertyName("bulk")]
    public BulkState? Bulk { get; init; }

    [JsonPropertyName("seen")]
    public IReadOnlyDictionary<string, DateTimeOffset>? Seen { get; init; }
}
