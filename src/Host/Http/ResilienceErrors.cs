using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Connectors.Host.Http;

/// <summary>
/// Turns what the resilience pipeline throws into what a plain <see cref="HttpClient"/> throws, so plugins need know
/// nothing of it: an open breaker is an <see cref="HttpRequestException"/> (as an unreachable host is), an attempt
/// timeout a <see cref="TaskCanceledException"/> with a <see cref="TimeoutException"/> inside (as HttpClient's own).
/// </summary>
internal sealed class ResilienceErrors : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new HttpRequestException(
                $"the host stopped calling {request.RequestUri?.GetLeftPart(UriPartial.Authority)} after repeated failures (circuit open); " +
                $"it lets a request through again within {HttpDefaults.BreakDuration.TotalSeconds:0} s",
                ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new TaskCanceledException(
                $"{request.Method} {request.RequestUri?.GetLeftPart(UriPartial.Path)} took longer than the host allows ({ex.Timeout.TotalSeconds:0} s)",
                new TimeoutException(ex.Message, ex));
        }
    }
}
