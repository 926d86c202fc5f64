using System.Globalization;

namespace Connectors.Plugins.Amazon.Throttling;

/// <summary>
/// Reads <c>x-amzn-RateLimit-Limit</c>, the operation's rate in requests per second. Amazon sends it best effort on
/// 20x, 400 and 404 answers and never on a 429, so its absence says nothing. Not the SDK's <c>RateLimitHeaders</c>:
/// the rate is fractional (<c>0.0167</c>), and those figures are whole numbers.
/// </summary>
internal static class RateLimitHeader
{
    public const string Name = "x-amzn-RateLimit-Limit";

    /// <summary>The rate the answer states, or null when it states none or an unreadable one.</summary>
    public static double? Read(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
        && rate > 0 && double.IsFinite(rate)
            ? rate
            : null;
}
