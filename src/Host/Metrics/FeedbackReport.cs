namespace Connectors.Host.Metrics;

/// <summary>
/// The VoC report of a period against the period of the same length before it: the figures, their trend by day,
/// week or month, breakdowns by channel, topic, language and country, and the topics with the most negative items,
/// each with example quotes. Days are UTC; <see cref="To"/> is exclusive.
/// </summary>
public sealed record FeedbackReport
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required DateOnly PreviousFrom { get; init; }

    public required ReportGrain Grain { get; init; }

    public required MetricCounts Current { get; init; }

    public required MetricCounts Previous { get; init; }

    /// <summary>One bucket per day, week or month of the period (empty buckets included, so a gap shows).</summary>
    public required IReadOnlyList<ReportBucket> Trend { get; init; }

    /// <summary>One per dimension (channel, topic, language, country), each value with its current and previous figures, largest first.</summary>
    public required IReadOnlyList<ReportBreakdown> Breakdowns { get; init; }

    /// <summary>The topics with the most negative items in the period, with quotes.</summary>
    public required IReadOnlyList<NegativeTopic> NegativeTopics { get; init; }
}

/// <summary>A bucket of the trend: its first day, its label (<c>2026-W49</c>) and its figures.</summary>
public sealed record ReportBucket(DateOnly Start, string Label, MetricCounts Counts);

/// <summary>The figures of each value of one dimension.</summary>
public sealed record ReportBreakdown(MetricDimension Dimension, IReadOnlyList<ReportSlice> Slices);

/// <summary>One value of a dimension (<c>null</c>: items without one, such as an unknown country) this period and the one before.</summary>
public sealed record ReportSlice(string? Value, MetricCounts Current, MetricCounts Previous);

/// <summary>A topic with negative items this period: how many, its negative share now and before, and example quotes.</summary>
public sealed record NegativeTopic(string Topic, MetricCounts Current, MetricCounts Previous, IReadOnlyList<string> Examples);
