using System.Collections.Concurrent;

namespace Connectors.Sandbox.Meta.Api;

/// <summary>A fixed window of calls per access token on the sandbox clock (Graph's platform limit, simplified).</summary>
internal sealed class GraphRateWindow(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Takes one call; false when the token's window is full. <paramref name="usedPercent"/> is the share used.</summary>
    public bool TryTake(string token, MetaKnobs knobs, out int usedPercent)
    {
        var now = clock.GetUtcNow();
        var window = _windows.GetOrAdd(token, _ => new Window());
        lock (window)
        {
            if (now >= window.Start.AddSeconds(knobs.RateLimitWindowSeconds))
            {
                window.Start = now;
                window.Calls = 0;
            }

            var admitted = window.Calls < knobs.RateLimitCalls;
            if (admitted)
            {
                window.Calls++;
            }

            usedPercent = (int)Math.Min(100, window.Calls * 100L / knobs.RateLimitCalls);
            return admitted;
        }
    }

    /// <summary>Starts every window afresh.</summary>
    public void Reset() => _windows.Clear();

    /// <summary>Calls taken per token in the current windows.</summary>
    public IReadOnlyDictionary<string, int> Usage() => _windows.ToDictionary(w => w.Key[..Math.Min(12, w.Key.Length)] + "…", w => w.Value.Calls);

    private sealed class Window
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;

        public int Calls { get; set; }
    }
}
