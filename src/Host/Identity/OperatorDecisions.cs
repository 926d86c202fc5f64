using System.Data.Common;
using System.Globalization;
using Connectors.Host.Normalization;
using Connectors.Host.Routing;
using Connectors.Host.Store;

namespace Connectors.Host.Identity;

/// <summary>
/// What an operator decides about identities, which later syncs respect: two customers are one person (merge), an
/// identity was joined by mistake (unmerge: it moves to a customer of its own, with the source records that brought
/// only it, and the two are never joined again), or a listed pair are different people (keep apart). Each decision is
/// one transaction, and the customers it changes are queued for the CRM routes.
/// </summary>
public sealed class OperatorDecisions(IStoreConnectionFactory store, Router router, TimeProvider time)
{
    private const string ByOperator = "operator";

    /// <summary>Merges <paramref name="b"/> and <paramref name="a"/> into the older of the two; returns the kept id.</summary>
    public async Task<long> MergeAsync(long a, long b, string? note, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        RequireCustomer(connection, a);
        RequireCustomer(connection, b);
        if (a == b)
        {
            throw new DecisionException($"{a} and {b} are the same customer");
        }

        var (kept, gone) = (Math.Min(a, b), Math.Max(a, b));
        var now = time.GetUtcNow();
        using (var unsplit = new RowStatement(connection, "DELETE FROM customer_splits WHERE customer_id = ?1 AND other_customer_id = ?2"))
        {
            // The operator's latest word counts: a pair kept apart before may be merged now.
            unsplit.Run([kept, gone]);
        }

        using (var merge = new CustomerMerge(connection))
        {
            merge.Run(kept, gone, ByOperator, note ?? "merged by an operator", ByOperator, now);
        }

        Queue(connection, [kept], now);
        await tx.CommitAsync(ct);
        return kept;
    }

    /// <summary>Records that two customers are different people: no sync merges them, and their listed pairs are settled.</summary>
    public async Task KeepApartAsync(long a, long b, string? note, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        RequireCustomer(connection, a);
        RequireCustomer(connection, b);
        if (a == b)
        {
            throw new DecisionException($"{a} and {b} are the same customer; to take an identity away from it, use customers unmerge");
        }

        Split(connection, a, b, note ?? "kept apart by an operator", time.GetUtcNow());
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Moves one identity of a customer (<c>email:ada@example.com</c>, <c>phone:+4915…</c>, or just the address or number)
    /// to a new customer, with the source records that brought only that identity and their feedback; the two are kept
    /// apart from then on. Returns the new customer's id.
    /// </summary>
    public async Task<long> UnmergeAsync(long customer, string identity, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        RequireCustomer(connection, customer);
        var (channel, value) = ParseIdentity(identity);
        using var find = new RowStatement(connection, "SELECT id, source_instance, source_id FROM customer_identities WHERE customer_id = ?1 AND channel = ?2 AND external_id = ?3");
        if (find.Row([customer, channel, value]) is not [long rowId, string instance, var sourceId])
        {
            throw new DecisionException($"customer {customer} has no identity {channel}:{value}; customers show {customer} lists its identities");
        }

        using var count = new RowStatement(connection, "SELECT COUNT(*) FROM customer_identities WHERE customer_id = ?1");
        if (count.Int64([customer]) <= 1)
        {
            throw new DecisionException($"{channel}:{value} is customer {customer}'s only identity; there is nothing to take it away from");
        }

        var now = time.GetUtcNow();
        using var next = new RowStatement(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM customers");
        var created = next.Int64([])!.Value;
        using (var insert = new RowStatement(connection,
            "INSERT INTO customers (id, email, email_source, email_at, phone, phone_source, phone_at, tags, first_seen_at, last_seen_at) " +
            "SELECT ?1, CASE WHEN channel = 'email' THEN external_id END, CASE WHEN channel = 'email' THEN ?3 END, CASE WHEN channel = 'email' THEN ?4 END, " +
            "CASE WHEN channel = 'phone' THEN external_id END, CASE WHEN channel = 'phone' THEN ?3 END, CASE WHEN channel = 'phone' THEN ?4 END, " +
            "'[]', first_seen_at, ?4 FROM customer_identities WHERE id = ?2"))
        {
            insert.Run([created, rowId, "operator", now]);
        }

        Move(connection, customer, created, rowId, instance, sourceId as string);
        Split(connection, customer, created, $"{channel}:{value} unmerged by an operator", now);
        Queue(connection, [customer, created], now);
        await tx.CommitAsync(ct);
        return created;
    }

    /// <summary>The identity, and the source record that brought it when that record brought nothing else, move to the new customer.</summary>
    private static void Move(DbConnection connection, long from, long to, long identityRow, string instance, string? sourceId)
    {
        using (var identity = new RowStatement(connection, "UPDATE customer_identities SET customer_id = ?1 WHERE id = ?2"))
        {
            identity.Run([to, identityRow]);
        }

        if (sourceId is null)
        {
            return;
        }

        using var others = new RowStatement(connection,
            "SELECT COUNT(*) FROM customer_identities WHERE customer_id = ?1 AND source_instance = ?2 AND source_id = ?3");
        if (others.Int64([from, instance, sourceId]) > 0)
        {
            // The record also brought identities that stay: the record stays too.
            return;
        }

        using var source = new RowStatement(connection, "UPDATE customer_sources SET customer_id = ?1, match_reason = 'operator', match_evidence = NULL WHERE customer_id = ?2 AND source_instance = ?3 AND source_id = ?4");
        source.Run([to, from, instance, sourceId]);
        using var feedback = new RowStatement(connection, "UPDATE feedback SET customer_id = ?1 WHERE customer_id = ?2 AND source_instance = ?3 AND customer_source_id = ?4");
        feedback.Run([to, from, instance, sourceId]);
        using var messages = new RowStatement(connection, "UPDATE messages SET customer_id = ?1 WHERE customer_id = ?2 AND source_instance = ?3 AND sender_id = ?4");
        messages.Run([to, from, instance, sourceId]);
        using var orders = new RowStatement(connection, "UPDATE OR IGNORE customer_orders SET customer_id = ?1 WHERE customer_id = ?2 AND source_instance = ?3 AND source_id = ?4");
        orders.Run([to, from, instance, sourceId]);
    }

    private static void Split(DbConnection connection, long a, long b, string note, DateTimeOffset now)
    {
        var (low, high) = (Math.Min(a, b), Math.Max(a, b));
        using var split = new RowStatement(connection, "INSERT OR IGNORE INTO customer_splits (customer_id, other_customer_id, note, decided_at) VALUES (?1, ?2, ?3, ?4)");
        split.Run([low, high, note, now]);
        using var settle = new RowStatement(connection,
            "UPDATE identity_conflicts SET status = 'kept_apart', decided_at = ?3 WHERE status = 'open' AND " +
            "((customer_id = ?1 AND other_customer_id = ?2) OR (customer_id = ?2 AND other_customer_id = ?1))");
        settle.Run([low, high, now]);
    }

    /// <summary>The changed customers go to the customer routes' sinks, as a sync's changes do.</summary>
    private void Queue(DbConnection connection, IEnumerable<long> customers, DateTimeOffset now)
    {
        var targets = router.ForCustomer().ToList();
        if (targets.Count == 0)
        {
            return;
        }

        using var outbox = new OutboxWriter(connection);
        outbox.Enqueue([.. customers.SelectMany(id => targets.Select(t => new OutboxEntry(t, "customer", id.ToString(CultureInfo.InvariantCulture))))], now);
    }

    private static void RequireCustomer(DbConnection connection, long id)
    {
        using var exists = new RowStatement(connection, "SELECT 1 FROM customers WHERE id = ?1");
        if (exists.Int64([id]) is not null)
        {
            return;
        }

        using var merged = new RowStatement(connection, "SELECT kept_customer_id FROM customer_merges WHERE merged_customer_id = ?1 ORDER BY id DESC LIMIT 1");
        throw new DecisionException(merged.Int64([id]) is { } kept
            ? $"customer {id} was merged into customer {kept}; use {kept}"
            : $"no customer {id}; customers show <email|phone> finds a customer's id");
    }

    /// <summary><c>email:x</c>, <c>phone:x</c>, <c>channel:x</c>, or a bare address or phone number.</summary>
    internal static (string Channel, string Value) ParseIdentity(string identity)
    {
        var colon = identity.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !identity.StartsWith('+'))
        {
            var (channel, value) = (identity[..colon].Trim().ToLowerInvariant(), identity[(colon + 1)..].Trim());
            return channel switch
            {
                "email" => ("email", EmailNormalizer.Normalize(value) ?? value),
                "phone" => ("phone", PhoneNormalizer.ToE164(value, null) ?? value),
                _ => (channel, value),
            };
        }

        return identity.Contains('@', StringComparison.Ordinal)
            ? ("email", EmailNormalizer.Normalize(identity) ?? identity.Trim())
            : ("phone", PhoneNormalizer.ToE164(identity, null) ?? identity.Trim());
    }
}

/// <summary>An operator decision that cannot be made, with what to do instead.</summary>
public sealed class DecisionException(string message) : Exception(message);
