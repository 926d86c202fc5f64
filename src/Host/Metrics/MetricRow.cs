namespace Connectors.Host.Metrics;

/// <summary>The counts of one UTC day and one value of the dimension asked for (<c>""</c> when there is no dimension, <c>null</c> when the item has no value).</summary>
public sealed record MetricRow(DateOnly Day, string? Value, MetricCounts Counts);
