using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Store;

/// <summary>
/// The store's schema and migrations. Reads go through EF Core; the hot write path (batched upserts) uses
/// prepared statements on the same database, see <see cref="RecordWriter"/>.
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
        modelBuilder.Entity<FeedbackEntity>(e =>
        {
            e.HasKey(f => f.Key);
            e.HasIndex(f => f.CustomerId);
            e.HasIndex(f => new { f.SourceInstance, f.OccurredAt });
        });
        modelBuilder.Entity<MessageEntity>(e =>
        {
            e.HasKey(m => m.Key);
            e.HasIndex(m => new { m.ThreadKey, m.SentAt });
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
        SnakeCaseNames.Apply(modelBuilder);
    }
}
