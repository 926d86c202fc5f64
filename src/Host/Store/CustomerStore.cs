using System.Data.Common;
using Connectors.Host.Identity;
using Connectors.Host.Store.Entities;
using Connectors.Host.Store.Tables;

namespace Connectors.Host.Store;

/// <summary>
/// The SQL of identity resolution on the store's SQLite connection: prepared statements run once per row
/// (<see cref="RowStatement"/>) inside whatever transaction the connection has open.
/// </summary>
internal sealed class CustomerStore : ICustomerStore, IDisposable
{
    private readonly DbConnection _connection;
    private readonly RowStatement _findSource;
    private readonly RowStatement _insertCustomer;
    private readonly RowStatement _updateCustomer;
    private readonly RowStatement _insertSource;
    private readonly RowStatement _updateSource;
    private readonly RowStatement _insertIdentity;
    private readonly RowStatement _findKeyHolder;
    private readonly RowStatement _findUnkeyedOwner;
    private readonly RowStatement _moveIdentity;
    private readonly RowStatement _findOrderOwners;
    private readonly RowStatement _insertOrder;
    private readonly RowStatement _maxCustomerId;
    private readonly Lazy<RowStatement> _emails;
    private readonly Lazy<RowStatement> _split;
    private readonly Lazy<RowStatement> _attach;
    private readonly Lazy<RowStatement> _addConflict;
    private readonly Lazy<CustomerMerge> _merge;
    private readonly List<long> _owners = [];
    private HashSet<string>? _waitingOrders;
    private long _nextId;

    public CustomerStore(DbConnection connection)
    {
        _connection = connection;
        var customers = StoreTables.Customers;
        _findSource = new(connection, "SELECT customer_id, content_hash FROM customer_sources WHERE source_instance = ?1 AND source_id = ?2");
        _insertCustomer = new(connection, customers.InsertSql());
        _updateCustomer = new(connection,
            $"UPDATE customers SET {CustomerMergeSql.Set(c => $"?{customers.IndexOf(c) + 1}")} WHERE id = ?{customers.IndexOf("id") + 1}");
        _insertSource = new(connection, StoreTables.CustomerSources.InsertSql());
        _updateSource = new(connection, "UPDATE customer_sources SET content_hash = ?1, updated_at = ?2 WHERE source_instance = ?3 AND source_id = ?4");
        // Identities are unique by key (see IdentityKey); the rare identity whose key another holds is stored without one.
        _insertIdentity = new(connection, StoreTables.CustomerIdentities.InsertSql(" ON CONFLICT DO NOTHING"));
        _findKeyHolder = new(connection, "SELECT customer_id, channel = ?2 AND external_id = ?3 FROM customer_identities WHERE key_hash = ?1");
        _findUnkeyedOwner = new(connection, "SELECT customer_id FROM customer_identities WHERE key_hash IS NULL AND channel = ?1 AND external_id = ?2");
        _moveIdentity = new(connection, "UPDATE customer_identities SET customer_id = ?1 WHERE id = ?2");
        _findOrderOwners = new(connection, "SELECT customer_id FROM customer_orders WHERE order_key = ?1");
        _insertOrder = new(connection, StoreTables.CustomerOrders.InsertSql(" ON CONFLICT DO NOTHING"));
        _maxCustomerId = new(connection, "SELECT COALESCE(MAX(id), 0) FROM customers");
        // Needed only when a key points at another customer, or an order has waiting feedback: prepared on first use.
        _emails = new(() => new(connection, "SELECT external_id FROM customer_identities WHERE customer_id = ?1 AND channel = 'email'"));
        _split = new(() => new(connection, "SELECT 1 FROM customer_splits WHERE customer_id = ?1 AND other_customer_id = ?2"));
        _attach = new(() => new(connection, "UPDATE feedback SET customer_id = ?1, customer_match = 'order' WHERE order_key = ?2 AND customer_id IS NULL"));
        _addConflict = new(() => new(connection,
            "INSERT INTO identity_conflicts (customer_id, other_customer_id, key_kind, key_value, reason, source_instance, source_id, status, created_at) " +
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8) ON CONFLICT DO NOTHING"));
        _merge = new(() => new CustomerMerge(connection));
    }

    /// <summary>Starts a batch: customer ids are handed out from the store's highest under the batch's write lock.</summary>
    public void BeginBatch() => _nextId = 0;

    public bool FindSource(string instance, string sourceId, out long customerId, out long hash)
    {
        Span<long> found = stackalloc long[2];
        var exists = _findSource.Find([instance, sourceId], found);
        (customerId, hash) = (found[0], found[1]);
        return exists;
    }

    public long? OwnerOf(CustomerKey identity)
    {
        // The key may be held by another identity that shares it (about never); then this one lives without a key.
        Span<long> holder = stackalloc long[2];
        if (_findKeyHolder.Find([identity.KeyHash, identity.Channel, identity.ExternalId], holder) && holder[1] == 1)
        {
            return holder[0];
        }

        return _findUnkeyedOwner.Int64([identity.Channel, identity.ExternalId]);
    }

    public IReadOnlyList<long> OrderOwners(string orderKey)
    {
        _owners.Clear();
        _findOrderOwners.Int64s([orderKey], _owners);
        return _owners.Count == 0 ? [] : [.. _owners];
    }

    public IReadOnlyList<string> EmailsOf(long customerId)
    {
        var emails = new List<string>(1);
        _emails.Value.Texts([customerId], emails);
        return emails;
    }

    public bool AreSplit(long a, long b) => _split.Value.Int64([Math.Min(a, b), Math.Max(a, b)]) is not null;

    public long NextCustomerId()
    {
        // SQLite has one writer at a time, so ids can be handed out in memory from the highest under the write lock.
        if (_nextId == 0)
        {
            _nextId = (long)_maxCustomerId.Int64([])!;
        }

        return ++_nextId;
    }

    public void InsertCustomer(object?[] row) => _insertCustomer.Run(row);

    public void UpdateCustomer(object?[] row) => _updateCustomer.Run(row);

    public void InsertSource(CustomerSourceEntity source) => _insertSource.Run(StoreTables.CustomerSources.Values(source));

    public void UpdateSourceHash(string instance, string sourceId, long hash, DateTimeOffset now) =>
        _updateSource.Run([hash, now, instance, sourceId]);

    public long? Claim(CustomerKey identity, long customerId, string instance, string sourceId, DateTimeOffset now, out long rowId)
    {
        rowId = 0;
        var row = new CustomerIdentityEntity
        {
            KeyHash = identity.KeyHash,
            Channel = identity.Channel,
            ExternalId = identity.ExternalId,
            CustomerId = customerId,
            SourceInstance = instance,
            SourceId = sourceId,
            FirstSeenAt = now,
        };
        if (_insertIdentity.Run(StoreTables.CustomerIdentities.Values(row)) == 1)
        {
            rowId = _insertIdentity.LastInsertRowId;
            return null;
        }

        if (OwnerOf(identity) is { } owner)
        {
            return owner;
        }

        // The key is held by other texts: this identity is stored without one and found by its texts.
        row.KeyHash = null;
        _insertIdentity.Run(StoreTables.CustomerIdentities.Values(row));
        rowId = _insertIdentity.LastInsertRowId;
        return null;
    }

    public void MoveIdentity(long rowId, long customerId) => _moveIdentity.Run([customerId, rowId]);

    public bool AddOrder(string orderKey, long customerId, string instance, string sourceId, DateTimeOffset now) =>
        _insertOrder.Run(StoreTables.CustomerOrders.Values(new CustomerOrderEntity
        {
            OrderKey = orderKey,
            CustomerId = customerId,
            SourceInstance = instance,
            SourceId = sourceId,
            FirstSeenAt = now,
        })) == 1;

    public bool HasWaitingFeedback(string orderKey) => WaitingOrders().Contains(orderKey);

    /// <summary>Notes feedback written without a customer that names an order, so the order's buyer picks it up when it arrives.</summary>
    public void NoteWaitingFeedback(string orderKey) => WaitingOrders().Add(orderKey);

    public int AttachWaitingFeedback(string orderKey, long customerId)
    {
        WaitingOrders().Remove(orderKey);
        return _attach.Value.Run([customerId, orderKey]);
    }

    public void AddConflict(IdentityConflictEntity conflict) =>
        _addConflict.Value.Run([conflict.CustomerId, conflict.OtherCustomerId, conflict.KeyKind, conflict.KeyValue, conflict.Reason,
            conflict.SourceInstance, conflict.SourceId, conflict.CreatedAt]);

    public void Merge(long kept, long gone, string reason, string? evidence, string decidedBy, DateTimeOffset now) =>
        _merge.Value.Run(kept, gone, reason, evidence, decidedBy, now);

    /// <summary>
    /// The order keys of feedback waiting for a buyer, read once per writer through the partial index that holds
    /// only such items; every order a backfill links is checked here, in memory, instead of by a statement.
    /// </summary>
    private HashSet<string> WaitingOrders()
    {
        if (_waitingOrders is null)
        {
            _waitingOrders = new HashSet<string>(StringComparer.Ordinal);
            using var read = new RowStatement(_connection, "SELECT DISTINCT order_key FROM feedback WHERE customer_id IS NULL AND order_key IS NOT NULL");
            var keys = new List<string>();
            read.Texts([], keys);
            _waitingOrders.UnionWith(keys);
        }

        return _waitingOrders;
    }

    public void Dispose()
    {
        foreach (var statement in new[]
        {
            _findSource, _insertCustomer, _updateCustomer, _insertSource, _updateSource, _insertIdentity, _findKeyHolder,
            _findUnkeyedOwner, _moveIdentity, _findOrderOwners, _insertOrder, _maxCustomerId,
        })
        {
            statement.Dispose();
        }

        foreach (var lazy in new[] { _emails, _split, _attach, _addConflict })
        {
            if (lazy.IsValueCreated)
            {
                lazy.Value.Dispose();
            }
        }

        if (_merge.IsValueCreated)
        {
            _merge.Value.Dispose();
        }
    }
}
