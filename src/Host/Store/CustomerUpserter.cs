using System.Data.Common;
using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>
/// Upserts a batch of customer records and resolves each to a unified customer: a record joins the customer that
/// already has one of its identities (its own source id, then its email, then its phone), else a new customer is
/// created. Look-ups and writes are prepared statements run once per row (<see cref="RowStatement"/>), in the batch's transaction.
/// </summary>
internal sealed class CustomerUpserter : IDisposable
{
    private static readonly string[] SourceColumns =
        ["source_instance", "source_id", "channel", "customer_id", "match_reason", "content_hash", "first_seen_at", "updated_at"];

    private static readonly string[] IdentityColumns = ["key_hash", "channel", "external_id", "customer_id", "source_instance", "first_seen_at"];

    private readonly RowStatement _findSource;
    private readonly RowStatement _insertCustomers;
    private readonly RowStatement _insertSources;
    private readonly RowStatement _insertIdentity;
    private readonly RowStatement _findKeyHolder;
    private readonly RowStatement _findUnkeyedOwner;
    private readonly RowStatement _reassignIdentity;
    private readonly RowStatement _updateCustomer;
    private readonly RowStatement _updateSource;
    private readonly PreparedCommand _maxCustomerId;

    // Scratch space of InsertFresh, kept across batches: a large batch's worth lands on the large-object heap, and
    // allocating it again for every batch brought on full garbage collections that stopped the writer.
    private readonly Dictionary<(string, string), long> _owners = [];
    private readonly Dictionary<long, object?[]> _newCustomers = [];
    private readonly List<object?[]> _sourceRows = [];

    public CustomerUpserter(DbConnection connection)
    {
        _findSource = new(connection, "SELECT customer_id, content_hash FROM customer_sources WHERE source_instance = ?1 AND source_id = ?2");
        _insertCustomers = Insert(connection, "customers", CustomerColumns.Names, "");
        _insertSources = Insert(connection, "customer_sources", SourceColumns, "");
        // Identities are unique by key (see IdentityKey); the rare identity whose key another holds is stored without one.
        _insertIdentity = Insert(connection, "customer_identities", IdentityColumns, " ON CONFLICT DO NOTHING");
        _findKeyHolder = new(connection, "SELECT customer_id, channel = ?2 AND external_id = ?3 FROM customer_identities WHERE key_hash = ?1");
        _findUnkeyedOwner = new(connection, "SELECT customer_id FROM customer_identities WHERE key_hash IS NULL AND channel = ?1 AND external_id = ?2");
        _reassignIdentity = new(connection, "UPDATE customer_identities SET customer_id = ?1 WHERE id = ?2");
        _updateCustomer = new(connection, CustomerColumns.UpdateSql);
        _updateSource = new(connection, "UPDATE customer_sources SET content_hash = ?1, updated_at = ?2 WHERE source_instance = ?3 AND source_id = ?4");
        // Ids are handed out under the transaction's write lock, so they can be assigned in memory.
        _maxCustomerId = new(connection, "SELECT COALESCE(MAX(id), 0) FROM customers");
    }

    /// <summary>Writes the batch; returns the counts and, for every record, the unified customer id.</summary>
    /// <param name="instance">The connector.</param>
    /// <param name="pending">The batch's records, prepared, by source id.</param>
    /// <param name="recordCount">How many records the batch had (a record listed twice counts as unchanged once).</param>
    /// <param name="now">The commit time.</param>
    /// <param name="tx">The batch's transaction.</param>
    public (WriteCounts Counts, Dictionary<string, long> CustomerIds, HashSet<long> Changed) Write(
        string instance, IReadOnlyDictionary<string, PreparedCustomer> pending, int recordCount, DateTimeOffset now, DbTransaction tx)
    {
        var ids = new Dictionary<string, long>(pending.Count, StringComparer.Ordinal);
        var changed = new HashSet<long>();
        if (pending.Count == 0)
        {
            return (default, ids, changed);
        }

        long updated = 0, unchanged = recordCount - pending.Count;
        var fresh = new List<PreparedCustomer>();
        Span<long> known = stackalloc long[2];
        foreach (var p in pending.Values)
        {
            // Point look-ups by the primary key: several times faster than one set-based look-up when the ids of a
            // batch are scattered over the table (an order page's buyers), and no slower when they are not.
            if (!_findSource.Find([instance, p.Record.SourceId], known))
            {
                fresh.Add(p);
                continue;
            }

            var (customerId, hash) = (known[0], known[1]);
            ids[p.Record.SourceId] = customerId;
            if (hash == p.Hash || p.IsReference)
            {
                unchanged++;
                continue;
            }

            _updateCustomer.Run(p.ColumnsFor(customerId));
            _updateSource.Run([p.Hash, now, instance, p.Record.SourceId]);
            foreach (var identity in p.Identities)
            {
                Claim(identity, customerId, instance, now, out _);
            }

            changed.Add(customerId);
            updated++;
        }

        var inserted = InsertFresh(instance, fresh, now, tx, ids);
        changed.UnionWith(fresh.Select(p => ids[p.Record.SourceId]));
        return (new WriteCounts(inserted, updated, unchanged), ids, changed);
    }

    /// <summary>
    /// Resolves records new to this source against known identities (and each other), then inserts them. Each
    /// identity is claimed for the customer the record would create: stored for it unless someone already owns it.
    /// A backfill of new people, where nearly every claim succeeds, so costs one index visit per identity.
    /// </summary>
    private int InsertFresh(string instance, List<PreparedCustomer> fresh, DateTimeOffset now, DbTransaction tx, Dictionary<string, long> ids)
    {
        if (fresh.Count == 0)
        {
            return 0;
        }

        // Owners known so far: found taken in the store, or claimed by an earlier record of this batch.
        var owners = _owners;
        var claimed = new List<(CustomerKey Identity, long RowId)>();
        var nextId = (long)_maxCustomerId.Scalar(tx)!;
        var newCustomers = _newCustomers;
        var sourceRows = _sourceRows;
        owners.Clear();
        newCustomers.Clear();
        sourceRows.Clear();
        foreach (var p in fresh)
        {
            var candidate = nextId + 1;
            claimed.Clear();
            foreach (var identity in p.Identities)
            {
                var key = (identity.Channel, identity.ExternalId);
                if (owners.ContainsKey(key))
                {
                    continue;
                }

                if (Claim(identity, candidate, instance, now, out var rowId) is not { } owner)
                {
                    claimed.Add((identity, rowId));
                }
                else if (owner != candidate)
                {
                    // (A record listing one identity twice finds its own claim: that is no match.)
                    owners[key] = owner;
                }
            }

            var (matchedId, reason) = Strongest(p.Identities, owners);
            long customerId;
            if (matchedId is { } existingId)
            {
                customerId = existingId;
                foreach (var (_, rowId) in claimed)
                {
                    _reassignIdentity.Run([customerId, rowId]);
                }

                var values = p.ColumnsFor(customerId);
                if (newCustomers.TryGetValue(customerId, out var created))
                {
                    CustomerColumns.MergeInto(created, values);
                }
                else
                {
                    _updateCustomer.Run(values);
                }
            }
            else
            {
                customerId = ++nextId;
                newCustomers[customerId] = p.ColumnsFor(customerId);
            }

            foreach (var (identity, _) in claimed)
            {
                owners[(identity.Channel, identity.ExternalId)] = customerId;
            }

            ids[p.Record.SourceId] = customerId;
            sourceRows.Add([instance, p.Record.SourceId, p.Record.Channel, customerId, reason, p.Hash, now, now]);
        }

        _insertCustomers.RunAll(newCustomers.Values);
        _insertSources.RunAll(sourceRows);
        return fresh.Count;
    }

    /// <summary>
    /// Stores the identity for <paramref name="customerId"/> unless it has an owner; returns that owner, or <c>null</c>
    /// when it was stored (as row <paramref name="rowId"/>, which a later match moves by id).
    /// </summary>
    private long? Claim(CustomerKey identity, long customerId, string instance, DateTimeOffset now, out long rowId)
    {
        rowId = 0;
        if (_insertIdentity.Run([identity.KeyHash, identity.Channel, identity.ExternalId, customerId, instance, now]) == 1)
        {
            rowId = _insertIdentity.LastInsertRowId;
            return null;
        }

        // The key is taken: by this identity, or (about never) by another that shares it, and then this one lives without a key.
        Span<long> holder = stackalloc long[2];
        if (_findKeyHolder.Find([identity.KeyHash, identity.Channel, identity.ExternalId], holder) && holder[1] == 1)
        {
            return holder[0];
        }

        if (_findUnkeyedOwner.Int64([identity.Channel, identity.ExternalId]) is { } owner)
        {
            return owner;
        }

        _insertIdentity.Run([null, identity.Channel, identity.ExternalId, customerId, instance, now]);
        rowId = _insertIdentity.LastInsertRowId;
        return null;
    }

    /// <summary>The customer owning the earliest (strongest) of the identities, and why.</summary>
    private static (long? Id, string Reason) Strongest(List<CustomerKey> identities, Dictionary<(string, string), long> owners)
    {
        foreach (var identity in identities)
        {
            if (owners.TryGetValue((identity.Channel, identity.ExternalId), out var id))
            {
                return (id, identity.Reason);
            }
        }

        return (null, "new");
    }

    private static RowStatement Insert(DbConnection connection, string table, string[] columns, string suffix) =>
        new(connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({RowStatement.Placeholders(columns.Length)}){suffix}");

    public void Dispose()
    {
        _findSource.Dispose();
        _insertCustomers.Dispose();
        _insertSources.Dispose();
        _insertIdentity.Dispose();
        _findKeyHolder.Dispose();
        _findUnkeyedOwner.Dispose();
        _reassignIdentity.Dispose();
        _updateCustomer.Dispose();
        _updateSource.Dispose();
        _maxCustomerId.Dispose();
    }
}
