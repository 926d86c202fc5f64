using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Connectors.Abstractions;

namespace Connectors.Host.Outbox;

/// <summary>One sliding-window budget per sink, from its declared limits, shared by every drain of that sink.</summary>
public sealed class SinkRateLimiters : IDisposable
{
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    public RateLimiter For(string sink, SinkLimits limits) => _limiters.GetOrAdd(sink, _ => new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = Math.Max(1, limits.RequestsPerWindow),
        Window = limits.Window <= TimeSpan.Zero ? TimeSpan.FromSeconds(1) : limits.Window,
        SegmentsPerWindow = 10,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    }));

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
