namespace Connectors.Abstractions;

/// <summary>A breach of an alert rule over a window of feedback, for example a jump in complaints about damaged goods.</summary>
public sealed record AlertRecord
{
    /// <summary>Rule name, window end and dimension: one alert per breach, however often the rule is evaluated.</summary>
    public required string Key { get; init; }

    /// <summary>The alert rule's name from the configuration.</summary>
    public required string Rule { get; init; }

    /// <summary>One sentence for a person, for example <c>negative share of topic damaged is 34% over 7 days, 2.8x its 8-week average</c>.</summary>
    public required string Message { get; init; }

    /// <summary>What was measured: <c>negative_share</c>, <c>volume</c>, <c>nps</c>, <c>csat</c> or <c>average_rating</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The slice it was measured on, for example <c>topic=damaged</c>; empty for all feedback.</summary>
    public string Dimension { get; init; } = "";

    /// <summary>The value over the window.</summary>
    public required double Value { get; init; }

    /// <summary>The value over the baseline period it is compared with, if the rule has one.</summary>
    public double? Baseline { get; init; }

    /// <summary>The value the rule fires above (or below, for NPS and CSAT drops).</summary>
    public required double Threshold { get; init; }

    /// <summary>How many feedback items the window holds.</summary>
    public required int ItemCount { get; init; }

    /// <summary>Start of the window (inclusive).</summary>
    public required DateTimeOffset WindowStart { get; init; }

    /// <summary>End of the window (exclusive).</summary>
    public required DateTimeOffset WindowEnd { get; init; }

    /// <summary>A few of the window's items as examples, by their text.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];
}
