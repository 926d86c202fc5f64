using System.Globalization;
using System.Net.Http.Headers;

namespace Connectors.PluginSdk.Http;

/// <summary>What one answer's rate-limit headers said about a budget.</summary>
/// <param name="Limit">Requests allowed per window.</param>
/// <param name="Remaining">Requests left in the window after this one.</param>
/// <param name="Window">The window's length.</param>
/// <param name="Reset">How long until the window resets.</param>
public sealed record RateLimitHeaders(int? Limit, int? Remaining, TimeSpan? Window, TimeSpan? Reset)
{
    /// <summary>The figures of <paramref name="headers"/> under <paramref name="names"/>, or <c>null</c> when none is there.</summary>
    public static RateLimitHeaders? Read(HttpResponseHeaders headers, RateLimitHeaderNames names)
    {
        var limit = Number(headers, names.Limit);
        var remaining = Number(headers, names.Remaining);
        var reset = Number(headers, names.ResetSeconds);
        var window = Number(headers, names.WindowMilliseconds);
        return limit is null && remaining is null && reset is null && window is null
            ? null
            : new RateLimitHeaders(
                limit,
                remaining,
                window is > 0 ? TimeSpan.FromMilliseconds(window.Value) : null,
                reset is >= 0 ? TimeSpan.FromSeconds(reset.Value) : null);
    }

    /// <summary>The first of <paramref name="names"/> that holds an integer; vendors send figures as plain decimal numbers.</summary>
    public static int? Number(HttpResponseHeaders headers, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (headers.TryGetValues(name, out var values)
                && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
