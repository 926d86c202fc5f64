using System.Net;
using Connectors.Abstractions;
using Polly;

namespace Connectors.Host.Http;

/// <summary>
/// Which outcomes the host retries and which open the breaker. The plugins pace themselves to each vendor's limits,
/// so the host stays out of their way: a 429 is theirs (retrying it would spend the budget they are pacing to), a
/// request they retry themselves (<see cref="HostHttp.OwnRetries"/>) is theirs, and a long <c>Retry-After</c> is
/// theirs to wait out or hand back to the outbox.
/// </summary>
internal static class HostRetryRules
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeProvider time)
    {
        var request = context.GetRequestMessage() ?? outcome.Result?.RequestMessage;
        if (request is not null && request.Options.TryGetValue(HostHttp.OwnRetries, out var own) && own)
        {
            return false;
        }

        if (outcome.Result is { } response && response.Headers.RetryAfter is { } retryAfter
            && (retryAfter.Delta > HttpDefaults.LongestRetryAfter || retryAfter.Date - time.GetUtcNow() > HttpDefaults.LongestRetryAfter))
        {
            return false;
        }

        return IsFailure(outcome);
    }

    /// <summary>A failure of the server or the way to it; a 429 is not: the vendor is pacing the caller, not down.</summary>
    public static bool IsFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500,
        _ => false,
    };
}
