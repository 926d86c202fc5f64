using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Connectors.Host.Store.Tables;

/// <summary>The tables the write path writes, read once from the store's EF Core model.</summary>
internal static class StoreTables
{
    private static readonly Lazy<IModel> Model = new(() =>
    {
        using var db = new ConnectorsDbContext(new DbContextOptionsBuilder<ConnectorsDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    });

    private static readonly Lazy<StoreTable<CustomerEntity>> CustomersTable = new(() => new(Model.Value));
    private static readonly Lazy<StoreTable<CustomerSourceEntity>> SourcesTable = new(() => new(Model.Value));
    // SQLite assigns an identity's row id (it is the rowid); the write path never names it.
    private static readonly Lazy<StoreTable<CustomerIdentityEntity>> IdentitiesTable = new(() => new(Model.Value, "id"));
    private static readonly Lazy<StoreTable<CustomerOrderEntity>> OrdersTable = new(() => new(Model.Value));
    private static readonly Lazy<StoreTable<FeedbackEntity>> FeedbackTable = new(() => new(Model.Value));
    private static readonly Lazy<StoreTable<MessageEntity>> MessagesTable = new(() => new(Model.Value));
    private static readonly Lazy<StoreTable<FeedbackTopicEntity>> TopicsTable = new(() => new(Model.Value));

    public static StoreTable<CustomerEntity> Customers => CustomersTable.Value;

    public static StoreTable<CustomerSourceEntity> CustomerSources => SourcesTable.Value;

    public static StoreTable<CustomerIdentityEntity> CustomerIdentities => IdentitiesTable.Value;

    public static StoreTable<CustomerOrderEntity> CustomerOrders => OrdersTable.Value;

    public static StoreTable<FeedbackEntity> Feedback => FeedbackTable.Value;

    public static StoreTable<MessageEntity> Messages => MessagesTable.Value;

    public static StoreTable<FeedbackTopicEntity> FeedbackTopics => TopicsTable.Value;
}
