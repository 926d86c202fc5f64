using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Store;

/// <summary>
/// The store's schema and migrations. Reads go through EF Core; the hot write path (batched upserts) uses
/// prepared statements on the same database, see <see cref="BatchWriter"/>.
/// </summary>
public sealed class ConnectorsDbContext(DbContextOptions<ConnectorsDbContext> options) : DbContext(options)
{
    public DbSet<CustomerEntity> Customers => Set<CustomerEntity>();

    public DbSet<CustomerSourceEntity> CustomerSources => Set<CustomerSourceEntity>();

    public DbSet<CustomerIdentityEntity> CustomerIdentities => Set<CustomerIdentityEntity>();

    public DbSet<FeedbackEntity> Feedback => Set<FeedbackEntity>();

    public DbSet<MessageEntity> Messages => Set<MessageEntity>();

    public DbSet<CheckpointEntity> Checkpoints => Set<CheckpointEntity>();

    public DbSet<SyncRunEntity> SyncRuns => Set<SyncRunEntity>();

    public DbSet<SyncProblemEntity> SyncProblems => Set<SyncProblemEntity>();

    public DbSet<OutboxItemEntity> Outbox => Set<OutboxItemEntity>();

    public DbSet<DeadLetterEntity> DeadLetters => Set<DeadLetterEntity>();

    public DbSet<WebhookDeliveryEntity> WebhookDeliveries => Set<WebhookDeliveryEntity>();

    public DbSet<CustomerOrderEntity> CustomerOrders => Set<CustomerOrderEntity>();

    public DbSet<CustomerMergeEntity> CustomerMerges => Set<CustomerMergeEntity>();

    public DbSet<IdentityConflictEntity> IdentityConflicts => Set<IdentityConflictEntity>();

    public DbSet<CustomerSplitEntity> CustomerSplits => Set<CustomerSplitEntity>();

    public DbSet<FeedbackTopicEntity> FeedbackTopics => Set<FeedbackTopicEntity>();

    public DbSet<AlertEntity> Alerts => Set<AlertEntity>();

    public DbSet<ReviewRequestEntity> ReviewRequests => Set<ReviewRequestEntity>();

    public DbSet<ReplyEntity> Replies => Set<ReplyEntity>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.AddInterceptors(IdentityKeyFunction.Instance);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Unix milliseconds: sortable and comparable in SQL on every provider, unlike SQLite's text timestamps.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Customers are found by email or phone through customer_identities; indexing the same values again on
        // customers would double the random-page writes of every new customer.
        // customer_sources is a WITHOUT ROWID table (migration CustomerSourcesWithoutRowId), which EF Core cannot model:
        // a model change that makes EF rebuild it must keep the clause (StoreMigrationTests checks it).
        modelBuilder.Entity<CustomerSourceEntity>(e =>
        {
            e.HasKey(s => new { s.SourceInstance, s.SourceId });
            e.HasIndex(s => s.CustomerId);
        });
        modelBuilder.Entity<CustomerIdentityEntity>(e =>
        {
            // Found by a unique 64-bit key of (channel, external id), not by the texts: IdentityKey says why. The
            // migration IdentityKeyHash keys stored rows with a SQL function, so it is raw SQL.
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).ValueGeneratedNever(); // SQLite assigns the row id: CustomerUpserter never names it.
            e.HasIndex(i => i.KeyHash).IsUnique();
            e.HasIndex(i => i.CustomerId);
        });
        // customer_orders and feedback_topics are WITHOUT ROWID tables clustered on their keys (migration VocCore):
        // a backfill inserts one order row per order, and a look-up by order key reads one B-tree.
        modelBuilder.Entity<CustomerOrderEntity>(e =>
        {
            e.HasKey(o => new { o.OrderKey, o.CustomerId });
            e.HasIndex(o => o.CustomerId);
        });
        modelBuilder.Entity<CustomerMergeEntity>(e =>
        {
            e.HasIndex(m => m.KeptCustomerId);
            e.HasIndex(m => m.MergedCustomerId);
        });
        modelBuilder.Entity<IdentityConflictEntity>(e =>
        {
            e.HasIndex(c => new { c.CustomerId, c.OtherCustomerId, c.KeyKind, c.KeyValue }).IsUnique();
            e.HasIndex(c => c.OtherCustomerId);
            e.HasIndex(c => c.Status);
        });
        modelBuilder.Entity<CustomerSplitEntity>().HasKey(s => new { s.CustomerId, s.OtherCustomerId });
        modelBuilder.Entity<FeedbackEntity>(e =>
        {
            e.HasKey(f => f.Key);
            e.HasIndex(f => f.CustomerId);
            e.HasIndex(f => new { f.SourceInstance, f.OccurredAt });
            // Reports read a time range across every source.
            e.HasIndex(f => f.OccurredAt);
            // Answers that named only an order wait here for the order's buyer (a partial index: resolved items leave it).
            e.HasIndex(f => f.OrderKey).HasFilter("customer_id IS NULL AND order_key IS NOT NULL");
        });
        modelBuilder.Entity<FeedbackTopicEntity>(e =>
        {
            // Reports and routes reach an item's topics from the item (the key's prefix), never from a topic alone: an
            // index on the topic would cost every enriched item a random write and nothing would read it.
            e.HasKey(t => new { t.FeedbackKey, t.Topic });
        });
        modelBuilder.Entity<AlertEntity>(e =>
        {
            e.HasKey(a => a.Key);
            e.HasIndex(a => a.CreatedAt);
        });
        modelBuilder.Entity<MessageEntity>(e =>
        {
            e.HasKey(m => m.Key);
            e.HasIndex(m => new { m.ThreadKey, m.SentAt });
            e.HasIndex(m => m.CustomerId);
        });
        modelBuilder.Entity<CheckpointEntity>().HasKey(c => new { c.Connector, c.Stream });
        modelBuilder.Entity<SyncRunEntity>().HasIndex(r => new { r.Connector, r.Stream, r.StartedAt });
        modelBuilder.Entity<SyncProblemEntity>().HasIndex(p => p.RunId);
        modelBuilder.Entity<OutboxItemEntity>(e =>
        {
            e.HasIndex(o => o.IdempotencyKey).IsUnique();
            e.HasIndex(o => new { o.Sink, o.Status, o.DueAt });
        });
        modelBuilder.Entity<DeadLetterEntity>().HasIndex(d => d.Sink);
        modelBuilder.Entity<WebhookDeliveryEntity>().HasKey(w => new { w.Connector, w.DeliveryId });
        modelBuilder.Entity<ReviewRequestEntity>().HasKey(r => new { r.Connector, r.OrderId });
        modelBuilder.Entity<ReplyEntity>(e =>
        {
            e.HasIndex(r => new { r.FeedbackKey, r.ContentKey }).IsUnique();
            e.HasIndex(r => r.Status);
        });
        SnakeCaseNames.Apply(modelBuilder);
    }
}
