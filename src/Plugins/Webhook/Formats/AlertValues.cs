using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>
/// An alert's numbers as a person reads them: shares (the negative share, CSAT: the share of 4s and 5s) as percentages,
/// volumes whole, NPS (-100..100) with one decimal, an average rating (0..1) with two.
/// </summary>
internal static class AlertValues
{
    public static string Format(string metric, double value) => metric switch
    {
        _ when !double.IsFinite(value) => "n/a",
        "negative_share" or "csat" => value.ToString("0.#%", CultureInfo.InvariantCulture),
        "volume" => value.ToString("#,0", CultureInfo.InvariantCulture),
        "nps" => value.ToString("0.#", CultureInfo.InvariantCulture),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>For example <c>2.8x the baseline</c>; null without a positive baseline.</summary>
    public static string? Ratio(AlertRecord alert) =>
        alert.Baseline is { } baseline && baseline > 0 && double.IsFinite(alert.Value)
            ? string.Create(CultureInfo.InvariantCulture, $"{alert.Value / baseline:0.#}x the baseline")
            : null;

    /// <summary><c>2025-05-25 – 2025-06-01 (UTC)</c>, the end exclusive as the alert defines it.</summary>
    public static string Window(AlertRecord alert) => string.Create(
        CultureInfo.InvariantCulture, $"{alert.WindowStart.UtcDateTime:yyyy-MM-dd HH:mm} – {alert.WindowEnd.UtcDateTime:yyyy-MM-dd HH:mm} UTC");
}
