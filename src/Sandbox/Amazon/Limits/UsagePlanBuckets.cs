using System.Collections.Concurrent;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Limits;

/// <summary>One token bucket per seller authorisation (refresh token) and operation, as Amazon applies usage plans.</summary>
public sealed class UsagePlanBuckets(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Seller, string Operation), TokenBucket> _buckets = new();

    /// <summary>Takes one request from the seller's bucket of the operation.</summary>
    public bool TryTake(string seller, UsagePlan plan, double scale) =>
        _buckets.GetOrAdd((seller, plan.Operation), _ => new TokenBucket(clock, plan.Burst)).TryTake(plan.Rate * scale, plan.Burst);

    /// <summary>Taken and refused requests per operation (all sellers), for benchmarks and tests.</summary>
    public IReadOnlyDictionary<string, (long Taken, long Refused)> Usage() =>
        _buckets.GroupBy(b => b.Key.Operation, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Sum(b => b.Value.Taken), g.Sum(b => b.Value.Refused)), StringComparer.Ordinal);

    /// <summary>Refills every bucket (they are recreated full on the next request).</summary>
    public void Reset() => _buckets.Clear();
}
