using System.Collections.Concurrent;

namespace Connectors.Sandbox.Shopify.Throttling;

/// <summary>One bucket per shop and access token (the emulator serves one shop, so per token).</summary>
internal sealed class CostBuckets(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, CostBucket> _buckets = new(StringComparer.Ordinal);

    public CostBucket For(string token) => _buckets.GetOrAdd(token, _ => new CostBucket(clock));

    public void FillAll()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Fill();
        }
    }
}
