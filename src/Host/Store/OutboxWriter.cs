using System.Data.Common;
using Connectors.Host.Enrichment;
using Connectors.Host.Routing;

namespace Connectors.Host.Store;

/// <summary>
/// Queues outbound work in the same transaction as the records that caused it. One item per sink and record:
/// a record that changes again before it was pushed keeps its one pending item; one changed after it was pushed
/// is queued again and pushed as an update (the sink's id is kept).
/// </summary>
internal sealed class OutboxWriter(DbConnection connection) : IDisposable
{
    private static readonly string[] Columns = ["sink", "item_type", "item_key", "idempotency_key", "priority", "route"];

    private readonly RowStatement _enqueue = new(connection,
        $"INSERT INTO outbox_items ({string.Join(", ", Columns)}, status, attempts, due_at, created_at) " +
        $"VALUES ({RowStatement.Placeholders(Columns.Length)}, 'pending', 0, ?{Columns.Length + 1}, ?{Columns.Length + 1}) " +
        "ON CONFLICT (idempotency_key) DO UPDATE SET status = 'pending', attempts = 0, due_at = excluded.due_at, last_error = NULL, " +
        "priority = excluded.priority, route = excluded.route WHERE outbox_items.status <> 'pending'");

    private readonly RowStatement _queueOnce = new(connection,
        "INSERT INTO outbox_items (sink, item_type, item_key, idempotency_key, route, status, attempts, due_at, created_at) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, 'pending', 0, ?6, ?7) ON CONFLICT (idempotency_key) DO NOTHING");

    /// <summary>Queues the entries through the connection's open transaction.</summary>
    public void Enqueue(IReadOnlyCollection<OutboxEntry> entries, DateTimeOffset now) =>
        _enqueue.RunAll(entries.Select(e => new object?[]
        {
            e.Target.Sink, e.ItemType, e.ItemKey, IdempotencyKey(e), e.Target.Priority is { } p ? Labels.Of(p) : null, e.Target.Route, now,
        }));

    /// <summary>
    /// Queues work that is done at most once, ever (a review request, a route's reply): once its item exists, whatever
    /// became of it, the same work is never queued again. Returns whether it was queued now.
    /// </summary>
    public bool QueueOnce(string sink, string itemType, string itemKey, string? route, DateTimeOffset dueAt, DateTimeOffset now) =>
        _queueOnce.Run([sink, itemType, itemKey, IdempotencyKey(sink, itemType, itemKey), route, dueAt, now]) > 0;

    /// <summary>The same sink, record type and record give the same key: the basis of idempotent pushes.</summary>
    public static string IdempotencyKey(OutboxEntry entry) => IdempotencyKey(entry.Target.Sink, entry.ItemType, entry.ItemKey);

    /// <summary>The same sink, item type and item give the same key.</summary>
    public static string IdempotencyKey(string sink, string itemType, string itemKey) => $"{sink}:{itemType}:{itemKey}";

    public void Dispose()
    {
        _enqueue.Dispose();
        _queueOnce.Dispose();
    }
}

/// <summary>One record bound for one sink.</summary>
internal sealed record OutboxEntry(RouteTarget Target, string ItemType, string ItemKey);
