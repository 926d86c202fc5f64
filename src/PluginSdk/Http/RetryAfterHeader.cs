using System.Net.Http.Headers;

namespace Connectors.PluginSdk.Http;

/// <summary><c>Retry-After</c> as RFC 9110 allows it: delay seconds or an HTTP date.</summary>
public static class RetryAfterHeader
{
    /// <summary>The wait the answer asks for from <paramref name="now"/>; a date in the past is no wait; <c>null</c> when absent.</summary>
    /// <param name="headers">The answer's headers.</param>
    /// <param name="now">The connector's clock now (<c>context.TimeProvider.GetUtcNow()</c>).</param>
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,

        // An HTTP date has whole seconds: round the wait up so the retry is never a hair early.
        { Date: { } date } => date > now ? TimeSpan.FromSeconds(Math.Ceiling((date - now).TotalSeconds)) : TimeSpan.Zero,
        _ => null,
    };
}
