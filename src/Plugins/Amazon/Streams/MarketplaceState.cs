namespace Connectors.Plugins.Amazon.Streams;

/// <summary>Where a report stream stands in one marketplace: read through <see cref="Through"/>, and the report in flight.</summary>
internal sealed class MarketplaceState
{
    public DateTimeOffset? Through { get; set; }

    public PendingReport? Report { get; set; }
}
