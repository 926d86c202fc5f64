using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>
/// The emulated shop's data: seeded records generated on demand, plus every record created or changed
/// through the control API, versioned so a bulk operation can read the shop as it was when it started.
/// </summary>
public sealed partial class ShopifyStore
{
    private readonly ShopifySeedData _seed;
    private readonly TimeProvider _clock;
    private readonly string _currency;
    private readonly Lock _writeGate = new();
    private readonly ConcurrentDictionary<long, CustomerRecord> _customers = new();
    private readonly ConcurrentDictionary<long, OrderRecord> _orders = new();
    private readonly ConcurrentDictionary<long, ImmutableList<long>> _createdOrdersByCustomer = new();
    private readonly ImmutableSortedSet<SortEntry>[] _changedCustomers = [[], [], []];
    private readonly ImmutableSortedSet<SortEntry>[] _changedOrders = [[], [], []];
    private readonly Lazy<PermutationView> _customersByUpdate;
    private readonly Lazy<PermutationView> _ordersByCreation;
    private readonly Lazy<PermutationView> _ordersByUpdate;
    private long _version;
    private long _createdCustomers;
    private long _createdOrders;

    internal ShopifyStore(ShopifySeedData seed, TimeProvider clock, string currency)
    {
        _seed = seed;
        _clock = clock;
        _currency = currency;
        _customersByUpdate = new(() => PermutationView.Build(null, seed.Customers, i => seed.UpdatedAt((int)i),
            i => ShopifySeedData.CustomerId((int)i), seed.Customers == 0 ? 0 : seed.CreatedAt(0)));
        _ordersByCreation = new(() => BuildOrderView(slot => seed.OrderCreatedAt(slot)));
        _ordersByUpdate = new(() => BuildOrderView(slot => seed.OrderUpdatedAt(slot)));
    }

    /// <summary>Raised after every change, inside no lock; webhooks listen.</summary>
    internal event Action<StoreChange>? Changed;

    /// <summary>How many customers were seeded (ids <see cref="ShopifyIds.CustomerIdBase"/> + 0..n-1).</summary>
    public int SeededCustomers => _seed.Customers;

    /// <summary>Customers in the shop now (seeded and created).</summary>
    public long CustomerCount => _seed.Customers + Interlocked.Read(ref _createdCustomers);

    /// <summary>The store version: how many changes were made since start.</summary>
    public long Version => Interlocked.Read(ref _version);

    internal ShopifySeedData Seed => _seed;

    /// <summary>The current version of a customer, or null.</summary>
    public CustomerRecord? GetCustomer(long id) => FindCustomer(id, long.MaxValue);

    /// <summary>The current version of an order, or null.</summary>
    public OrderRecord? GetOrder(long id) => FindOrder(id, long.MaxValue);

    /// <summary>A customer's orders, oldest id first.</summary>
    public IReadOnlyList<OrderRecord> GetOrdersOfCustomer(long customerId) => OrdersOf(customerId, long.MaxValue);

    /// <summary>Orders placed by a customer (seeded and created).</summary>
    public int NumberOfOrders(long customerId) => CountOrders(customerId, long.MaxValue);

    /// <summary>Creates a customer; <c>customers/create</c> fires.</summary>
    public CustomerRecord CreateCustomer(CustomerChange change)
    {
        ThrowIfInvalid(change.Validate());
        CustomerRecord created;
        lock (_writeGate)
        {
            var id = ShopifyIds.CustomerIdBase + _seed.Customers + _createdCustomers;
            var now = Now();
            var start = change.PersonIndex is { } person
                ? _seed.Customer((int)Math.Min(person, int.MaxValue)) with { Id = id, CreatedAt = now }
                : new CustomerRecord { Id = id, CreatedAt = now, UpdatedAt = now, State = "ENABLED" };
            created = Apply(start, change, now) with { Seq = ++_version, Previous = null };
            _customers[id] = created;
            Reindex(_changedCustomers, null, created.Id, created.CreatedAt, created.UpdatedAt);
            Interlocked.Increment(ref _createdCustomers);
        }

        Changed?.Invoke(new StoreChange("customers/create", created, null));
        return created;
    }

    /// <summary>Changes a customer and bumps updatedAt to the sandbox time; <c>customers/update</c> fires.</summary>
    public CustomerRecord UpdateCustomer(long id, CustomerChange change)
    {
        ThrowIfInvalid(change.Validate());
        CustomerRecord updated;
        lock (_writeGate)
        {
            var current = FindCustomer(id, long.MaxValue) ?? throw new KeyNotFoundException($"customer {id} does not exist");
            updated = TouchCustomer(current, change);
        }

        Changed?.Invoke(new StoreChange("customers/update", updated, null));
        return updated;
    }

    /// <summary>Creates an order (and touches its customer); <c>orders/create</c> fires.</summary>
    public OrderRecord CreateOrder(OrderChange change)
    {
        ThrowIfInvalid(change.Validate());
        OrderRecord created;
        lock (_writeGate)
        {
            CustomerRecord? customer = null;
            if (change.CustomerId is { } customerId)
            {
                customer = FindCustomer(customerId, long.MaxValue) ?? throw new KeyNotFoundException($"customer {customerId} does not exist");
            }

            var id = ShopifyIds.OrderIdBase + _seed.SlotCount + _createdOrders;
            var now = Now();
            var start = new OrderRecord
            {
                Id = id,
                CustomerId = customer?.Id,
                Name = ShopifySeedData.OrderName(id),
                Email = customer?.Email,
                Phone = customer?.Phone,
                Currency = _currency,
                TotalPrice = 0m,
                CreatedAt = now,
                UpdatedAt = now,
            };
            created = Apply(start, change, now) with { Seq = ++_version };
            _orders[id] = created;
            Reindex(_changedOrders, null, id, created.CreatedAt, created.UpdatedAt);
            if (customer is not null)
            {
                _createdOrdersByCustomer.AddOrUpdate(customer.Id, [id], (_, list) => list.Add(id));

                // A new order changes numberOfOrders and amountSpent, so Shopify bumps the customer too.
                TouchCustomer(customer, new CustomerChange());
            }

            Interlocked.Increment(ref _createdOrders);
        }

        Changed?.Invoke(new StoreChange("orders/create", null, created));
        return created;
    }

    /// <summary>Changes an order and bumps updatedAt; <c>orders/updated</c> fires.</summary>
    public OrderRecord UpdateOrder(long id, OrderChange change)
    {
        ThrowIfInvalid(change.Validate());
        OrderRecord updated;
        lock (_writeGate)
        {
            var current = FindOrder(id, long.MaxValue) ?? throw new KeyNotFoundException($"order {id} does not exist");
            var now = Now();
            updated = Apply(current, change with { CustomerId = null }, now) with
            {
                Seq = ++_version,
                Previous = _orders.ContainsKey(id) ? current : null,
            };
            _orders[id] = updated;
            Reindex(_changedOrders, current.Seq == 0 ? null : current, id, updated.CreatedAt, updated.UpdatedAt);
        }

        Changed?.Invoke(new StoreChange("orders/updated", null, updated));
        return updated;
    }

    private CustomerRecord TouchCustomer(CustomerRecord current, CustomerChange change)
    {
        var now = Now();
        var updated = Apply(current, change, now) with
        {
            Seq = ++_version,
            Previous = _customers.ContainsKey(current.Id) ? current : null,
        };
        _customers[current.Id] = updated;
        Reindex(_changedCustomers, current.Seq == 0 ? null : current, current.Id, updated.CreatedAt, updated.UpdatedAt);
        return updated;
    }

    private static void ThrowIfInvalid(IReadOnlyList<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", errors));
        }
    }

    /// <summary>Sandbox time truncated to whole seconds, as Shopify timestamps are.</summary>
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds());

    private static void Reindex(ImmutableSortedSet<SortEntry>[] sets, object? previous, long id, DateTimeOffset created, DateTimeOffset updated)
    {
        if (previous is not null)
        {
            var (oldCreated, oldUpdated) = previous switch
            {
                CustomerRecord c => (c.CreatedAt, c.UpdatedAt),
                OrderRecord o => (o.CreatedAt, o.UpdatedAt),
                _ => throw new ArgumentException("unknown record", nameof(previous)),
            };
            sets[(int)SortField.CreatedAt] = sets[(int)SortField.CreatedAt].Remove(new SortEntry(oldCreated.ToUnixTimeSeconds(), id));
            sets[(int)SortField.UpdatedAt] = sets[(int)SortField.UpdatedAt].Remove(new SortEntry(oldUpdated.ToUnixTimeSeconds(), id));
        }

        sets[(int)SortField.Id] = sets[(int)SortField.Id].Add(new SortEntry(id, id));
        sets[(int)SortField.CreatedAt] = sets[(int)SortField.CreatedAt].Add(new SortEntry(created.ToUnixTimeSeconds(), id));
        sets[(int)SortField.UpdatedAt] = sets[(int)SortField.UpdatedAt].Add(new SortEntry(updated.ToUnixTimeSeconds(), id));
    }

    private PermutationView BuildOrderView(Func<long, long> keyOf)
    {
        var count = 0;
        for (var c = 0; c < _seed.Customers; c++)
        {
            count += _seed.OrderCount(c);
        }

        var slots = new int[count];
        var n = 0;
        for (var c = 0; c < _seed.Customers; c++)
        {
            var orders = _seed.OrderCount(c);
            for (var j = 0; j < orders; j++)
            {
                slots[n++] = (c * _seed.Slots) + j;
            }
        }

        var min = _seed.Customers == 0 ? 0 : _seed.CreatedAt(0);
        return PermutationView.Build(slots, count, keyOf, ShopifySeedData.OrderId, min);
    }
}
