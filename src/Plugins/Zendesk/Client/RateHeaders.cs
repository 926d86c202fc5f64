using System.Globalization;
using System.Net.Http.Headers;

namespace Connectors.Plugins.Zendesk.Client;

/// <summary>
/// What an answer says about the account's budget: <c>X-Rate-Limit</c> / <c>X-Rate-Limit-Remaining</c> on every
/// endpoint, <c>ratelimit-limit</c> / <c>ratelimit-remaining</c> / <c>ratelimit-reset</c> on ticketing ones.
/// </summary>
internal readonly record struct RateHeaders(int? Limit, int? Remaining, TimeSpan? Reset)
{
    public bool Any => Limit is not null || Remaining is not null;

    public static RateHeaders Read(HttpResponseHeaders headers) => new(
        Int(headers, "ratelimit-limit") ?? Int(headers, "X-Rate-Limit"),
        Int(headers, "ratelimit-remaining") ?? Int(headers, "X-Rate-Limit-Remaining"),
        Int(headers, "ratelimit-reset") is { } seconds ? TimeSpan.FromSeconds(seconds) : null);

    /// <summary><c>Retry-After</c> as seconds or as a date; null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    private static int? Int(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
