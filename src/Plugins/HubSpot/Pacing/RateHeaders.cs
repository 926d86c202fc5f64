using System.Globalization;
using System.Net.Http.Headers;

namespace Connectors.Plugins.HubSpot.Pacing;

/// <summary>What one answer's <c>X-HubSpot-RateLimit-*</c> headers said; search answers carry none.</summary>
/// <param name="Max">Requests per window.</param>
/// <param name="Remaining">Requests left in the window after this one.</param>
/// <param name="Interval">The window's length.</param>
/// <param name="Daily">Requests per day.</param>
/// <param name="DailyRemaining">Requests left today.</param>
public sealed record RateHeaders(int? Max, int? Remaining, TimeSpan? Interval, int? Daily, int? DailyRemaining)
{
    /// <summary>The rate headers of an answer, or <c>null</c> when it has none.</summary>
    public static RateHeaders? Read(HttpResponseHeaders headers)
    {
        var max = Int(headers, "X-HubSpot-RateLimit-Max");
        var remaining = Int(headers, "X-HubSpot-RateLimit-Remaining");
        var interval = Int(headers, "X-HubSpot-RateLimit-Interval-Milliseconds");
        var daily = Int(headers, "X-HubSpot-RateLimit-Daily");
        var dailyRemaining = Int(headers, "X-HubSpot-RateLimit-Daily-Remaining");
        return max is null && remaining is null && interval is null && daily is null && dailyRemaining is null
            ? null
            : new RateHeaders(max, remaining, interval is > 0 ? TimeSpan.FromMilliseconds(interval.Value) : null, daily, dailyRemaining);
    }

    private static int? Int(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
