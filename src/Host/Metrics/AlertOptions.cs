using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Connectors.Host.Configuration;
using Connectors.Host.Routing;

namespace Connectors.Host.Metrics;

/// <summary>
/// One entry of the <c>alerts</c> section, for example "the negative share of topic damaged over 7 days is above 2x
/// its 8-week average, with at least 10 items". Each breach becomes one alert item for the sinks named in <c>to</c>.
/// </summary>
public sealed class AlertOptions : IValidatableObject, IJsonPathAware
{
    /// <summary>Names the rule in alerts and in the outbox.</summary>
    [Required(ErrorMessage = "is required")]
    public string Name { get; set; } = "";

    /// <summary>What is measured.</summary>
    public AlertMetric Metric { get; set; } = AlertMetric.NegativeShare;

    /// <summary>Which feedback counts (topics, channels, countries, ...); absent, all of it.</summary>
    public FeedbackCondition? When { get; set; }

    /// <summary>Measure each value of this dimension on its own (each topic, each channel, ...): one alert per value that breaches.</summary>
    public MetricDimension By { get; set; } = MetricDimension.None;

    /// <summary>The window measured, in whole UTC days, ending at the start of the day the rule is checked on.</summary>
    [Range(1, 366, ErrorMessage = "must be between 1 and 366 days")]
    public int WindowDays { get; set; } = 7;

    /// <summary>The baseline the window is compared with: this many weeks before the window; 0 for no baseline.</summary>
    [Range(0, 104, ErrorMessage = "must be between 0 and 104 weeks")]
    public int BaselineWeeks { get; set; } = 8;

    /// <summary>Fire when the value is this many times the baseline (for NPS, CSAT and ratings: this many times lower).</summary>
    [Range(1.0, 1000.0, ErrorMessage = "must be 1 or more")]
    public double? Factor { get; set; }

    /// <summary>Fire when the value is above this, whatever the baseline.</summary>
    public double? Above { get; set; }

    /// <summary>Fire when the value is below this, whatever the baseline.</summary>
    public double? Below { get; set; }

    /// <summary>The window needs at least this many items for the rule to speak at all.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be 1 or more")]
    public int MinItems { get; set; } = 10;

    /// <summary>The sink connectors that take the alert (they must accept alerts, such as <c>webhook</c>).</summary>
    [MinLength(1, ErrorMessage = "must name at least one sink connector that takes alerts, such as a webhook connector")]
    public List<string> To { get; set; } = [];

    /// <summary>A Liquid file that renders the alert's text; absent, the sink's own.</summary>
    public string? Template { get; set; }

    /// <summary>Where the entry is in the file, for error messages.</summary>
    [JsonIgnore]
    public string JsonPath { get; set; } = "";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Factor is null && Above is null && Below is null)
        {
            yield return new ValidationResult("needs a threshold: \"factor\" (against the baseline), \"above\" or \"below\"", [nameof(Factor)]);
        }

        if (Factor is not null && BaselineWeeks == 0)
        {
            yield return new ValidationResult("compares with a baseline, so baselineWeeks must be 1 or more", [nameof(Factor)]);
        }
    }
}

/// <summary>What an alert rule measures.</summary>
public enum AlertMetric
{
    /// <summary>Share of items with negative sentiment (0..1).</summary>
    [JsonStringEnumMemberName("negative_share")]
    NegativeShare,

    /// <summary>Number of items.</summary>
    [JsonStringEnumMemberName("volume")]
    Volume,

    /// <summary>Net Promoter Score (-100..100) of NPS answers.</summary>
    [JsonStringEnumMemberName("nps")]
    Nps,

    /// <summary>CSAT: share of 4 and 5 of 5 (0..1).</summary>
    [JsonStringEnumMemberName("csat")]
    Csat,

    /// <summary>Average normalised rating (0..1).</summary>
    [JsonStringEnumMemberName("average_rating")]
    AverageRating,
}
