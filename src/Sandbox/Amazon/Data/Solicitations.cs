using System.Collections.Concurrent;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>The review requests sent (productReviewAndSellerFeedback), at most one per order.</summary>
public sealed class Solicitations
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sent = new(StringComparer.Ordinal);

    /// <summary>Order id → when its request was sent.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Sent => _sent;

    /// <summary>Whether a request was already sent for the order.</summary>
    public bool WasSent(string amazonOrderId) => _sent.ContainsKey(amazonOrderId);

    /// <summary>Records a request; false when one was already sent (concurrent repeats record one).</summary>
    internal bool TrySend(string amazonOrderId, DateTimeOffset now) => _sent.TryAdd(amazonOrderId, now);

    /// <summary>Forgets every request sent.</summary>
    public void Clear() => _sent.Clear();
}
