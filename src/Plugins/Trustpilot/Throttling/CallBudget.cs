namespace Connectors.Plugins.Trustpilot.Throttling;

/// <summary>
/// The client's copy of Trustpilot's two quotas of one API key (calls per five minutes and per hour), as two token
/// buckets shared by every job of the host. A call waits until both have a token; a 429 holds every caller back for the
/// wait Trustpilot asked for (or a growing one), so nobody hammers a quota that is spent.
/// </summary>
internal sealed class CallBudget
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Bucket _fiveMinutes;
    private readonly Bucket _hour;
    private DateTimeOffset _pausedUntil;
    private int _strikes;
    private long _taken;
    private long _throttled;

    public CallBudget(int perFiveMinutes, int perHour, TimeProvider time)
    {
        _time = time;
        var now = time.GetUtcNow();
        _fiveMinutes = new Bucket(perFiveMinutes, perFiveMinutes / 300.0, now);
        _hour = new Bucket(perHour, perHour / 3600.0, now);
        _pausedUntil = now;
    }

    /// <summary>Calls sent through this budget.</summary>
    public long Taken => Interlocked.Read(ref _taken);

    /// <summary>Calls Trustpilot answered with 429.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Waits until both buckets hold a token (and no pause is on) and takes one from each.</summary>
    public async Task TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                _fiveMinutes.Refill(now);
                _hour.Refill(now);
                if (now >= _pausedUntil && _fiveMinutes.Tokens >= 1 && _hour.Tokens >= 1)
                {
                    _fiveMinutes.Tokens -= 1;
                    _hour.Tokens -= 1;
                    Interlocked.Increment(ref _taken);
                    return;
                }

                wait = Max(_pausedUntil - now, Max(_fiveMinutes.Wait(), _hour.Wait()));
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Trustpilot answered 429: hold every call back for <paramref name="retryAfter"/>, else 1 s, 2 s, 4 s … up to a minute.</summary>
    public void Throttle(TimeSpan? retryAfter)
    {
        Interlocked.Increment(ref _throttled);
        lock (_gate)
        {
            var wait = retryAfter ?? TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, Math.Min(_strikes, 6))));
            _strikes++;
            var until = _time.GetUtcNow() + wait;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    /// <summary>A call went through: the back-off starts again from a second.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _strikes = 0;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Bucket(int burst, double rate, DateTimeOffset at)
    {
        private DateTimeOffset _at = at;

        public double Tokens { get; set; } = burst;

        public void Refill(DateTimeOffset now)
        {
            if (now > _at)
            {
                Tokens = Math.Min(burst, Tokens + ((now - _at).TotalSeconds * rate));
                _at = now;
            }
        }

        // Rounded up so the wake-up is never a hair early and loops once more for nothing.
        public TimeSpan Wait() => Tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Ceiling((1 - Tokens) / rate * 1000));
    }
}
