using Connectors.Abstractions;

namespace Connectors.Host.Metrics;

/// <summary>What checking one alert rule on one slice found: its figures, whether it breached, and whether that breach is new.</summary>
public sealed record AlertEvaluation
{
    public required string Rule { get; init; }

    /// <summary>The slice, for example <c>topic=damaged</c>; empty for all the rule's feedback.</summary>
    public required string Dimension { get; init; }

    public required AlertMetric Metric { get; init; }

    /// <summary>Whether the value is a topic's negative items as a share of all the rule's feedback (not of the topic's own items).</summary>
    public bool OfAllFeedback { get; init; }

    /// <summary>Items of the slice the metric is measured on in the window (NPS answers for NPS, a topic's items for its negative share, ...).</summary>
    public required long Items { get; init; }

    public double? Value { get; init; }

    public double? Baseline { get; init; }

    public double? Threshold { get; init; }

    public DateTimeOffset WindowStart { get; init; }

    public DateTimeOffset WindowEnd { get; init; }

    /// <summary>Whether the threshold that fired is the baseline's (the rule's factor) rather than an absolute one.</summary>
    public bool FiredByBaseline { get; init; }

    /// <summary>The breach, when the rule fired.</summary>
    public AlertRecord? Alert { get; init; }

    /// <summary>Whether this check stored the breach and queued it (false: stored by an earlier check, or no breach).</summary>
    public bool IsNew { get; init; }

    /// <summary>Why the rule did not fire, for a person: <c>4 items, needs 10</c>, <c>12% is not above 30%</c>.</summary>
    public string? Quiet { get; init; }
}
