using System.Text.Json.Serialization;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>Where a report stream stands in one marketplace: read through <see cref="Through"/>, and the report in flight.</summary>
internal sealed class MarketplaceState
{
    [JsonPropertyName("through")]
    public DateTimeOffset? Through { get; set; }

    [JsonPropertyName("report")]
    public PendingReport? Report { get; set; }
}
