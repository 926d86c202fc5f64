namespace Connectors.Sandbox.Framework;

/// <summary>
/// A token bucket on the sandbox clock: starts full at <c>burst</c>, refills at <c>rate</c> tokens a second, and a
/// request takes one token or is refused. Thread-safe.
/// </summary>
public sealed class TokenBucket
{
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private double _tokens;
    private DateTimeOffset _at;

    /// <summary>A full bucket.</summary>
    public TokenBucket(TimeProvider clock, int burst)
    {
        _clock = clock;
        _tokens = burst;
        _at = clock.GetUtcNow();
    }

    /// <summary>Requests taken so far.</summary>
    public long Taken { get; private set; }

    /// <summary>Requests refused so far.</summary>
    public long Refused { get; private set; }

    /// <summary>Takes one token if there is one, refilling first at <paramref name="rate"/> up to <paramref name="burst"/>.</summary>
    public bool TryTake(double rate, int burst)
    {
        lock (_gate)
        {
            Refill(rate, burst);
            if (_tokens >= 1)
            {
                _tokens -= 1;
                Taken++;
                return true;
            }

            Refused++;
            return false;
        }
    }

    /// <summary>Tokens available now.</summary>
    public double Available(double rate, int burst)
    {
        lock (_gate)
        {
            Refill(rate, burst);
            return _tokens;
        }
    }

    private void Refill(double rate, int burst)
    {
        var now = _clock.GetUtcNow();
        var seconds = (now - _at).TotalSeconds;
        if (seconds > 0)
        {
            _tokens = Math.Min(burst, _tokens + seconds * rate);
            _at = now;
        }

        _tokens = Math.Min(_tokens, burst);
    }
}
