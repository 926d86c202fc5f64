using Connectors.PluginSdk.Pacing;

namespace Connectors.Plugins.Amazon.Throttling;

/// <summary>
/// The client's copy of one usage-plan token bucket (one seller authorisation, one operation), shared by every job of
/// the host. A request waits for a token; a 429 empties the bucket, so everyone waits for the next token instead of
/// hammering; the rate follows what Amazon states in <c>x-amzn-RateLimit-Limit</c>. A bucket of its own rather than a
/// generic pacer: each operation has its own rate and burst, and the rate is learnt from answers.
/// </summary>
internal sealed class RateBudget
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly int _burst;
    private double _rate;
    private double _tokens;
    private long _stamp;
    private long _taken;
    private long _throttled;
    private bool _learned;
    private int _strikes;

    public RateBudget(UsagePlan plan, TimeProvider time)
    {
        _time = time;
        _rate = plan.Rate;
        _burst = Math.Max(1, plan.Burst);
        _tokens = _burst;
        _stamp = time.GetTimestamp();
    }

    /// <summary>
    /// The seller's bucket of every operation the source calls, from the host-wide <paramref name="budgets"/>: Amazon's
    /// usage plans are per selling partner, application and operation, so every connector instance, stream and job with
    /// the same application and refresh token draws on the same buckets. Keyed once here, not per request.
    /// </summary>
    public static IReadOnlyDictionary<string, RateBudget> ForSeller(BudgetRegistry<RateBudget> budgets, string clientId, string refreshToken, TimeProvider time) =>
        UsagePlans.Operations.ToDictionary(
            operation => operation,
            operation => budgets.Get(BudgetKey.ForAccount($"{clientId}/{operation}", refreshToken), () => new RateBudget(UsagePlans.For(operation), time)),
            StringComparer.Ordinal);

    /// <summary>Requests per second, as last stated by Amazon or from the model.</summary>
    public double Rate
    {
        get
        {
            lock (_gate)
            {
                return _rate;
            }
        }
    }

    /// <summary>Requests sent through this budget.</summary>
    public long Taken => Interlocked.Read(ref _taken);

    /// <summary>Requests Amazon answered with 429 QuotaExceeded.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Waits until the bucket holds a token and takes it.</summary>
    public async Task TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                Refill();
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    Interlocked.Increment(ref _taken);
                    return;
                }

                // Rounded up so the wake-up is never a hair early and loops once more for nothing.
                wait = TimeSpan.FromMilliseconds(Math.Ceiling((1 - _tokens) / _rate * 1000));
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>
    /// Amazon's bucket was empty: ours is too, from now. Until an answer has stated the seller's rate (plans may be
    /// higher than the model's default), the wait backs off from one second up to the model rate's interval instead.
    /// </summary>
    public void Throttle()
    {
        Interlocked.Increment(ref _throttled);
        lock (_gate)
        {
            Refill();
            var wait = _learned ? 1 / _rate : Math.Min(Math.Pow(2, Math.Min(_strikes++, 16)), 1 / _rate);
            _tokens = Math.Min(_tokens, 1 - (wait * _rate));
        }
    }

    /// <summary>Takes the rate an answer stated.</summary>
    public void Learn(double rate)
    {
        lock (_gate)
        {
            Refill();
            _rate = rate;
            _learned = true;
        }
    }

    private void Refill()
    {
        var now = _time.GetTimestamp();
        _tokens = Math.Min(_burst, _tokens + (_time.GetElapsedTime(_stamp, now).TotalSeconds * _rate));
        _stamp = now;
    }
}
