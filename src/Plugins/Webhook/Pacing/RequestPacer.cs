using Connectors.PluginSdk.Pacing;

namespace Connectors.Plugins.Webhook.Pacing;

/// <summary>
/// The posting budget of one receiver URL, shared by every connector instance that posts there: a token bucket that
/// holds one second's worth of requests and refills at <see cref="RequestsPerMinute"/>, so at 60 a minute the posts go
/// one a second (Slack's documented rate). After a 429 nothing goes out until its <c>Retry-After</c> has passed.
/// </summary>
public sealed class RequestPacer
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private int _perMinute;
    private double _tokens;
    private long _stamp;
    private long _blockedUntil;

    /// <summary>Creates a full budget of <paramref name="requestsPerMinute"/>.</summary>
    public RequestPacer(TimeProvider time, int requestsPerMinute)
    {
        _time = time;
        _perMinute = Math.Max(1, requestsPerMinute);
        _tokens = Capacity;
        _stamp = time.GetTimestamp();
    }

    /// <summary>
    /// The pacer of <paramref name="url"/> for the life of the host, created on first use; a smaller configured budget
    /// wins. Slack and Teams count a webhook's rate per URL, so every connector instance posting to the same URL draws
    /// on one budget. The path keeps its case: a Slack or Teams token is case-sensitive.
    /// </summary>
    public static RequestPacer Of(BudgetRegistry<RequestPacer> pacers, Uri url, int requestsPerMinute, TimeProvider time)
    {
        var pacer = pacers.Get(BudgetKey.ForEndpoint(url, withPath: true), () => new RequestPacer(time, requestsPerMinute));
        pacer.LimitTo(requestsPerMinute);
        return pacer;
    }

    /// <summary>The budget in force.</summary>
    public int RequestsPerMinute
    {
        get
        {
            lock (_gate)
            {
                return _perMinute;
            }
        }
    }

    private double Capacity => Math.Max(1, _perMinute / 60.0);

    private double PerSecond => _perMinute / 60.0;

    /// <summary>Lowers the budget (two instances posting to one URL keep the smaller one).</summary>
    public void LimitTo(int requestsPerMinute)
    {
        lock (_gate)
        {
            _perMinute = Math.Min(_perMinute, Math.Max(1, requestsPerMinute));
            _tokens = Math.Min(_tokens, Capacity);
        }
    }

    /// <summary>
    /// Waits for one request's turn and takes it; returns null when granted. When the turn is further away than
    /// <paramref name="maxWait"/> (a long Retry-After, a small budget) it returns that wait at once, taking nothing.
    /// </summary>
    public async Task<TimeSpan?> AcquireAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _time.GetTimestamp();
                Refill(now);
                if (_blockedUntil > now)
                {
                    wait = _time.GetElapsedTime(now, _blockedUntil);
                }
                else if (_tokens >= 1)
                {
                    _tokens -= 1;
                    return null;
                }
                else
                {
                    // Rounded up to whole milliseconds so the wake-up is never a hair early.
                    wait = TimeSpan.FromMilliseconds(Math.Ceiling((1 - _tokens) / PerSecond * 1000));
                }
            }

            if (wait > maxWait)
            {
                return wait;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>The receiver refused for rate: nothing goes out before <paramref name="retryAfter"/> has passed, then one request may.</summary>
    public void Throttled(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var until = _time.GetTimestamp() + (long)(retryAfter.TotalSeconds * _time.TimestampFrequency);
            _blockedUntil = Math.Max(_blockedUntil, until);

            // No burst after a refusal: one request when the wait is over, then the bucket fills from there.
            _tokens = 1;
            _stamp = Math.Max(_stamp, _blockedUntil);
        }
    }

    private void Refill(long now)
    {
        if (now <= _stamp)
        {
            return;
        }

        _tokens = Math.Min(Capacity, _tokens + (_time.GetElapsedTime(_stamp, now).TotalSeconds * PerSecond));
        _stamp = now;
    }
}
