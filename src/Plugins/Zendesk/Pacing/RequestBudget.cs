using Connectors.PluginSdk.Pacing;

namespace Connectors.Plugins.Zendesk.Pacing;

/// <summary>
/// The client-side picture of one Zendesk account's per-minute API budget, shared by every connector instance
/// that talks to the account. Requests are paced by a token bucket at the lower of the configured and the learned
/// limit (<c>X-Rate-Limit</c>), with a small burst; a reported <c>remaining</c> of zero waits for the window's reset;
/// a 429 blocks the budget until its <c>Retry-After</c> has passed.
/// </summary>
public sealed class RequestBudget
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private int _configured;
    private int? _learned;
    private double _tokens;
    private long _stamp;
    private long _blockedUntil;
    private int? _serverRemaining;
    private long _serverResetAt;

    /// <summary>Creates a full budget of <paramref name="requestsPerMinute"/>.</summary>
    public RequestBudget(TimeProvider time, int requestsPerMinute)
    {
        _time = time;
        _configured = Math.Max(1, requestsPerMinute);
        _tokens = Capacity;
        _stamp = time.GetTimestamp();
    }

    /// <summary>
    /// The budget of the account at <paramref name="baseAddress"/> for the life of the host, created on first use; a
    /// smaller configured limit wins. Zendesk counts the per-minute limit per account, so every connector instance
    /// and API token of the same account draws on one budget.
    /// </summary>
    public static RequestBudget Of(BudgetRegistry<RequestBudget> budgets, Uri baseAddress, int requestsPerMinute, TimeProvider time)
    {
        var budget = budgets.Get(BudgetKey.ForEndpoint(baseAddress), () => new RequestBudget(time, requestsPerMinute));
        budget.LimitTo(requestsPerMinute);
        return budget;
    }

    /// <summary>The limit in force: the configured one, or the account's when Zendesk reported a lower one.</summary>
    public int RequestsPerMinute
    {
        get
        {
            lock (_gate)
            {
                return Limit;
            }
        }
    }

    private int Limit => Math.Min(_configured, _learned ?? int.MaxValue);

    // A tenth of a minute's budget may go at once, so a small batch does not crawl; the rest is spread evenly.
    private double Capacity => Math.Max(1, Limit / 10.0);

    private double PerSecond => Limit / 60.0;

    /// <summary>Lowers the configured limit (two instances sharing an account keep the smaller share).</summary>
    public void LimitTo(int requestsPerMinute)
    {
        lock (_gate)
        {
            _configured = Math.Min(_configured, Math.Max(1, requestsPerMinute));
            _tokens = Math.Min(_tokens, Capacity);
        }
    }

    /// <summary>
    /// Waits for one request's turn. Returns null when granted; when the turn is further away than
    /// <paramref name="maxWait"/> (a long Retry-After, a slow budget), returns that wait at once instead.
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
                else if (_serverRemaining <= 0 && _serverResetAt > now)
                {
                    wait = _time.GetElapsedTime(now, _serverResetAt);
                }
                else if (_tokens >= 1)
                {
                    _tokens -= 1;
                    _serverRemaining--;
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

    /// <summary>Learns from an answer's rate headers.</summary>
    public void Report(int? limit, int? remaining, TimeSpan? reset)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            Refill(now);
            if (limit is > 0)
            {
                _learned = limit;
                _tokens = Math.Min(_tokens, Capacity);
            }

            if (remaining is not null)
            {
                _serverRemaining = remaining;

                // Without ratelimit-reset the window's end is unknown: assume a whole minute, the worst case.
                _serverResetAt = now + (long)((reset ?? TimeSpan.FromMinutes(1)).TotalSeconds * _time.TimestampFrequency);
            }
        }
    }

    /// <summary>A 429: nothing goes out before <paramref name="retryAfter"/> has passed.</summary>
    public void Throttled(TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var until = now + (long)(retryAfter.TotalSeconds * _time.TimestampFrequency);
            _blockedUntil = Math.Max(_blockedUntil, until);

            // Retry-After is when the window turns: better than the minute assumed when no ratelimit-reset came along.
            // Then one request may go at once, and the bucket fills from there.
            _serverResetAt = until;
            _tokens = 1;
            _stamp = until;
        }
    }

    private void Refill(long now)
    {
        var elapsed = _time.GetElapsedTime(_stamp, now).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(Capacity, _tokens + (elapsed * PerSecond));
            _stamp = now;
        }
    }
}
