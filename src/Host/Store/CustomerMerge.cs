using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>
/// Merges one customer into another in the open transaction: the kept customer takes the other's newer attribute
/// values (<see cref="CustomerMergeSql"/>), its source records, identities, orders, feedback, messages, open review
/// pairs and operator splits; the other's pending CRM push is dropped (the kept customer is queued instead); the
/// merge is recorded with its reason, so <c>customers show</c> can explain it.
/// </summary>
internal sealed class CustomerMerge(DbConnection connection) : IDisposable
{
    // Each step names the kept customer ?1 and the gone one ?2 (or only the gone one, ?1); ?3 is now where it is needed.
    private readonly (RowStatement Statement, Shape Values)[] _steps =
    [
        (new(connection, $"UPDATE customers SET {CustomerMergeSql.Set(c => $"g.{c}")} FROM (SELECT * FROM customers WHERE id = ?2) AS g WHERE customers.id = ?1"), Shape.KeptGone),
        (new(connection, "UPDATE customer_sources SET customer_id = ?1, updated_at = ?3 WHERE customer_id = ?2"), Shape.KeptGoneNow),
        (new(connection, "UPDATE customer_identities SET customer_id = ?1 WHERE customer_id = ?2"), Shape.KeptGone),
        // An order both already hold stays once.
        (new(connection, "UPDATE OR IGNORE customer_orders SET customer_id = ?1 WHERE customer_id = ?2"), Shape.KeptGone),
        (new(connection, "DELETE FROM customer_orders WHERE customer_id = ?1"), Shape.Gone),
        (new(connection, "UPDATE feedback SET customer_id = ?1 WHERE customer_id = ?2"), Shape.KeptGone),
        (new(connection, "UPDATE messages SET customer_id = ?1 WHERE customer_id = ?2"), Shape.KeptGone),
        // The pair itself is settled; the gone customer's other open pairs become the kept one's.
        (new(connection, """
            UPDATE identity_conflicts SET status = 'merged', decided_at = ?3
            WHERE status = 'open' AND ((customer_id = ?1 AND other_customer_id = ?2) OR (customer_id = ?2 AND other_customer_id = ?1))
            """), Shape.KeptGoneNow),
        (new(connection, "UPDATE OR IGNORE identity_conflicts SET customer_id = ?1 WHERE customer_id = ?2 AND other_customer_id <> ?1"), Shape.KeptGone),
        (new(connection, "UPDATE OR IGNORE identity_conflicts SET other_customer_id = ?1 WHERE other_customer_id = ?2 AND customer_id <> ?1"), Shape.KeptGone),
        (new(connection, "DELETE FROM identity_conflicts WHERE status = 'open' AND (customer_id = ?1 OR other_customer_id = ?1)"), Shape.Gone),
        // Someone split from the gone customer is split from the kept one.
        (new(connection, """
            INSERT OR IGNORE INTO customer_splits (customer_id, other_customer_id, note, decided_at)
            SELECT MIN(?1, other), MAX(?1, other), note, decided_at FROM (
                SELECT CASE WHEN customer_id = ?2 THEN other_customer_id ELSE customer_id END AS other, note, decided_at
                FROM customer_splits WHERE customer_id = ?2 OR other_customer_id = ?2)
            WHERE other <> ?1
            """), Shape.KeptGone),
        (new(connection, "DELETE FROM customer_splits WHERE customer_id = ?1 OR other_customer_id = ?1"), Shape.Gone),
        (new(connection, "DELETE FROM outbox_items WHERE item_type = 'customer' AND item_key = CAST(?1 AS TEXT) AND status = 'pending'"), Shape.Gone),
        (new(connection, "DELETE FROM customers WHERE id = ?1"), Shape.Gone),
    ];

    private readonly RowStatement _record = new(connection,
        "INSERT INTO customer_merges (kept_customer_id, merged_customer_id, reason, evidence, decided_by, merged_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");

    private enum Shape
    {
        KeptGone,
        KeptGoneNow,
        Gone,
    }

    public void Run(long kept, long gone, string reason, string? evidence, string decidedBy, DateTimeOffset now)
    {
        if (kept == gone)
        {
            throw new ArgumentException($"customer {kept} cannot be merged into itself", nameof(gone));
        }

        foreach (var (statement, shape) in _steps)
        {
            statement.Run(shape switch
            {
                Shape.KeptGone => [kept, gone],
                Shape.KeptGoneNow => [kept, gone, now],
                _ => [gone],
            });
        }

        _record.Run([kept, gone, reason, evidence, decidedBy, now]);
    }

    public void Dispose()
    {
        foreach (var (statement, _) in _steps)
        {
            statement.Dispose();
        }

        _record.Dispose();
    }
}
