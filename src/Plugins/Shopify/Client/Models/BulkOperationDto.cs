using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>A bulk operation's state.</summary>
internal sealed class BulkOperationDto
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public string? ErrorCode { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>An <c>UnsignedInt64</c>, which GraphQL serialises as a string.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? ObjectCount { get; init; }

    public Uri? Url { get; init; }

    public Uri? PartialDataUrl { get; init; }

    public string? Query { get; init; }
}
