using System.Collections.Concurrent;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Trustpilot.Limits;

/// <summary>
/// Trustpilot's two quotas per API key as token buckets on the sandbox clock: <c>CallsPerFiveMinutes</c> refilled over
/// five minutes and <c>CallsPerHour</c> over an hour. A call takes one token from each or is refused (and takes none).
/// </summary>
public sealed class CallQuotas(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (TokenBucket Short, TokenBucket Long)> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Calls taken and refused so far, per API key.</summary>
    public IReadOnlyDictionary<string, (long Taken, long Refused)> Usage() =>
        _buckets.ToDictionary(b => b.Key, b => (b.Value.Short.Taken, Math.Max(b.Value.Short.Refused, b.Value.Long.Refused)), StringComparer.Ordinal);

    /// <summary>Takes one call from both of the key's buckets, or none.</summary>
    public bool TryTake(string apiKey, TrustpilotKnobs knobs)
    {
        var (shortRate, shortBurst) = (knobs.CallsPerFiveMinutes / 300.0, knobs.CallsPerFiveMinutes);
        var (longRate, longBurst) = (knobs.CallsPerHour / 3600.0, knobs.CallsPerHour);
        var buckets = _buckets.GetOrAdd(apiKey, _ => (new TokenBucket(clock, shortBurst), new TokenBucket(clock, longBurst)));
        lock (_gate)
        {
            if (buckets.Long.Available(longRate, longBurst) < 1)
            {
                // Counted as refused on the hourly bucket only.
                return buckets.Long.TryTake(longRate, longBurst);
            }

            return buckets.Short.TryTake(shortRate, shortBurst) && buckets.Long.TryTake(longRate, longBurst);
        }
    }

    /// <summary>Refills every bucket (they are recreated full on the next call).</summary>
    public void Reset() => _buckets.Clear();
}
