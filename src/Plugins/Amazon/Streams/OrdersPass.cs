using System.Text.Json.Serialization;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>An unfinished getOrders pass: its window and the next page's token (kept so a restart goes on from it).</summary>
internal sealed class OrdersPass
{
    [JsonPropertyName("after")]
    public DateTimeOffset After { get; set; }

    [JsonPropertyName("before")]
    public DateTimeOffset Before { get; set; }

    [JsonPropertyName("nextToken")]
    public string? NextToken { get; set; }
}
