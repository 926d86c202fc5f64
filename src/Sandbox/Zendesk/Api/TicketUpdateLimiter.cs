using System.Collections.Concurrent;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>Zendesk's limit on updates of one ticket (30 per 10 minutes per user), as a sliding window per ticket.</summary>
internal sealed class TicketUpdateLimiter(TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<long, Queue<DateTimeOffset>> _updates = new();

    /// <summary>Counts an update of <paramref name="ticketId"/>, or tells how long to wait when the limit is reached.</summary>
    public bool TryTake(long ticketId, int limit, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (limit <= 0)
        {
            return true;
        }

        var now = clock.GetUtcNow();
        var queue = _updates.GetOrAdd(ticketId, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= Window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= limit)
            {
                retryAfter = queue.Peek() + Window - now;
                return false;
            }

            queue.Enqueue(now);
            return true;
        }
    }

    public void Clear() => _updates.Clear();
}
