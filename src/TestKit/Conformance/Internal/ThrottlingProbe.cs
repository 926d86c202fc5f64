using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>
/// Sits in the connector's HTTP client: notes when each request left (on the check's clock) and answers the first one
/// itself with a 429 and a <c>Retry-After</c>, as a vendor does when its budget is spent, so the kit can see what the
/// sink does next.
/// </summary>
internal sealed class ThrottlingProbe(TimeProvider clock, TimeSpan retryAfter) : DelegatingHandler(new LoopbackOnlyHandler())
{
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _sent = [];

    /// <summary>When each request was sent, in order; the first is the one answered 429.</summary>
    public IReadOnlyList<DateTimeOffset> Sent
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        bool first;
        lock (_gate)
        {
            _sent.Add(clock.GetUtcNow());
            first = _sent.Count == 1;
        }

        if (!first)
        {
            return base.SendAsync(request, cancellationToken);
        }

        var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            RequestMessage = request,
            Content = new StringContent("{\"status\":\"error\",\"message\":\"rate limited by the conformance kit\"}", Encoding.UTF8, "application/json"),
        };
        throttled.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return Task.FromResult(throttled);
    }
}
