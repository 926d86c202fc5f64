using System.Globalization;

namespace Connectors.Host.Metrics;

/// <summary>How a metric's value reads for a person: shares as percentages, NPS as a signed whole number.</summary>
public static class AlertValueFormat
{
    public static string Format(AlertMetric metric, double? value) => value is not { } v ? "-" : metric switch
    {
        AlertMetric.NegativeShare or AlertMetric.Csat => v.ToString("0%", CultureInfo.InvariantCulture),
        AlertMetric.Nps => v.ToString("+0;-0;0", CultureInfo.InvariantCulture),
        AlertMetric.Volume => v.ToString("0.#", CultureInfo.InvariantCulture),
        _ => v.ToString("0.00", CultureInfo.InvariantCulture),
    };

    /// <summary>The metric's name in a sentence.</summary>
    public static string Name(AlertMetric metric) => metric switch
    {
        AlertMetric.NegativeShare => "negative share",
        AlertMetric.Volume => "volume",
        AlertMetric.Nps => "NPS",
        AlertMetric.Csat => "CSAT",
        _ => "average rating",
    };

    /// <summary>Whether a higher value is better (so the rule fires on drops).</summary>
    public static bool HigherIsBetter(AlertMetric metric) => metric is AlertMetric.Nps or AlertMetric.Csat or AlertMetric.AverageRating;
}
