using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>The connection sources over the store: all customers, all orders, one customer's orders.</summary>
internal static class StoreSources
{
    public static IConnectionSource Customers(ShopifyStore store, long asOf) => new CustomerSource(store, asOf);

    public static IConnectionSource Orders(ShopifyStore store, long asOf) => new OrderSource(store, asOf);

    public static IConnectionSource OrdersOf(ShopifyStore store, long customerId, long asOf) =>
        new ListSource(store.OrdersOf(customerId, asOf));

    private sealed class CustomerSource(ShopifyStore store, long asOf) : IConnectionSource
    {
        public IEnumerable<SortEntry> Walk(SortField field, SortEntry? after, bool descending, KeyRange range) =>
            store.WalkCustomers(field, after, descending, range);

        public long Key(long id, SortField field) => store.CustomerKey(id, field, asOf);

        public object? Load(long id) => store.FindCustomer(id, asOf);

        public string? EmailOf(object record) => ((CustomerRecord)record).Email;
    }

    private sealed class OrderSource(ShopifyStore store, long asOf) : IConnectionSource
    {
        public IEnumerable<SortEntry> Walk(SortField field, SortEntry? after, bool descending, KeyRange range) =>
            store.WalkOrders(field, after, descending, range);

        public long Key(long id, SortField field) => store.OrderKey(id, field, asOf);

        public object? Load(long id) => store.FindOrder(id, asOf);

        public string? EmailOf(object record) => ((OrderRecord)record).Email;
    }

    /// <summary>A handful of records already in memory (a customer's orders).</summary>
    private sealed class ListSource(IReadOnlyList<OrderRecord> orders) : IConnectionSource
    {
        private readonly Dictionary<long, OrderRecord> _byId = orders.ToDictionary(o => o.Id);

        public IEnumerable<SortEntry> Walk(SortField field, SortEntry? after, bool descending, KeyRange range)
        {
            var entries = orders.Select(o => new SortEntry(KeyOf(o, field, o.Id), o.Id))
                .Where(e => range.Contains(e.Key) && (after is not { } a || (descending ? e < a : e > a)));
            return descending ? entries.OrderDescending() : entries.Order();
        }

        public long Key(long id, SortField field) => KeyOf(_byId.GetValueOrDefault(id), field, id);

        public object? Load(long id) => _byId.GetValueOrDefault(id);

        public string? EmailOf(object record) => ((OrderRecord)record).Email;

        public static long KeyOf(object? record, SortField field, long id) => (record, field) switch
        {
            (_, SortField.Id) => id,
            (CustomerRecord c, SortField.CreatedAt) => c.CreatedAt.ToUnixTimeSeconds(),
            (CustomerRecord c, _) => c.UpdatedAt.ToUnixTimeSeconds(),
            (OrderRecord o, SortField.CreatedAt) => o.CreatedAt.ToUnixTimeSeconds(),
            (OrderRecord o, _) => o.UpdatedAt.ToUnixTimeSeconds(),
            _ => long.MinValue,
        };
    }
}
