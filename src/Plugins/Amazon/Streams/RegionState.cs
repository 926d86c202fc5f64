using System.Text.Json.Serialization;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>Where the orders stream stands in one region: the highest committed <c>LastUpdateDate</c>, and a pass in flight.</summary>
internal sealed class RegionState
{
    [JsonPropertyName("since")]
    public DateTimeOffset? Since { get; set; }

    [JsonPropertyName("pass")]
    public OrdersPass? Pass { get; set; }
}
