namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>
/// The account's per-minute request budget: a fixed window per clock minute (sandbox time), shared by every token,
/// as Zendesk counts per account. Reports what the rate headers need.
/// </summary>
internal sealed class RateWindow(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _used;

    /// <summary>Counts one request against <paramref name="limit"/>; refused when the window is spent and <paramref name="enforce"/> is on.</summary>
    public RateDecision Take(int limit, bool enforce)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var reset = (int)Math.Max(1, Math.Ceiling((start.AddMinutes(1) - now).TotalSeconds));
        lock (_gate)
        {
            if (start != _windowStart)
            {
                _windowStart = start;
                _used = 0;
            }

            if (enforce && _used >= limit)
            {
                return new RateDecision(false, limit, 0, reset);
            }

            _used++;
            return new RateDecision(true, limit, Math.Max(0, limit - _used), reset);
        }
    }

    /// <summary>The window now, without counting a request.</summary>
    public RateDecision Peek(int limit)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        var reset = (int)Math.Max(1, Math.Ceiling((start.AddMinutes(1) - now).TotalSeconds));
        lock (_gate)
        {
            var used = start == _windowStart ? _used : 0;
            return new RateDecision(used < limit, limit, Math.Max(0, limit - used), reset);
        }
    }

    /// <summary>Starts a fresh window.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _used = 0;
        }
    }
}
