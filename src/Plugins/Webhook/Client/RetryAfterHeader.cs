using System.Net.Http.Headers;

namespace Connectors.Plugins.Webhook.Client;

/// <summary><c>Retry-After</c> as RFC 9110 allows it: delay seconds or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    /// <summary>The wait it asks for from <paramref name="now"/>; a date in the past is no wait; null when absent.</summary>
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,

        // An HTTP date has whole seconds: round the wait up so the retry is never a hair early.
        { Date: { } date } => date > now ? TimeSpan.FromSeconds(Math.Ceiling((date - now).TotalSeconds)) : TimeSpan.Zero,
        _ => null,
    };
}
