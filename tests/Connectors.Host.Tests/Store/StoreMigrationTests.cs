using Connectors.Host.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Connectors.Host.Tests.Store;

public sealed class StoreMigrationTests : IDisposable
{
    private const string BeforeWithoutRowId = "20261125154331_DropCustomerContactIndexes";
    private const string BeforeIdentityKeys = "20261125182536_CustomerSourcesWithoutRowId";
    private readonly string _dir = Directory.CreateTempSubdirectory("connectors-migrations-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_dir, "store.db")}";

    [Fact]
    public async Task Customer_sources_becomes_a_without_rowid_table_and_keeps_its_rows_both_ways()
    {
        await using var db = Context();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeWithoutRowId);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO customer_sources VALUES ('shop', 'gid://shopify/Customer/1', 'shopify', 7, 'email', 42, 1000, 2000)");

        await db.Database.MigrateAsync();

        Assert.Contains("WITHOUT ROWID", TableSql(), StringComparison.Ordinal);
        Assert.Equal("shopify|7|email|42|1000|2000", SourceRow());
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'ix_customer_sources_customer_id'"));

        await migrator.MigrateAsync(BeforeWithoutRowId);

        Assert.DoesNotContain("WITHOUT ROWID", TableSql(), StringComparison.Ordinal);
        Assert.Equal("shopify|7|email|42|1000|2000", SourceRow());
    }

    [Fact]
    public async Task A_new_store_gets_the_without_rowid_table()
    {
        await using var db = Context();

        await db.Database.MigrateAsync();

        Assert.Contains("WITHOUT ROWID", TableSql(), StringComparison.Ordinal);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Stored_identities_get_their_keys_and_lose_them_again_going_back()
    {
        await using var db = Context();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(BeforeIdentityKeys);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO customer_identities VALUES ('email', 'ada@example.com', 7, 'shop', 1000), ('phone', '+441234567890', 7, 'shop', 1000)");

        await db.Database.MigrateAsync();

        Assert.Equal(IdentityKey.Of("email", "ada@example.com"), Scalar("SELECT key_hash FROM customer_identities WHERE channel = 'email'"));
        Assert.Equal(IdentityKey.Of("phone", "+441234567890"), Scalar("SELECT key_hash FROM customer_identities WHERE channel = 'phone'"));
        Assert.Equal("7|shop|1000", Scalar("SELECT customer_id || '|' || source_instance || '|' || first_seen_at FROM customer_identities WHERE channel = 'email'"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'ix_customer_identities_customer_id'"));

        await migrator.MigrateAsync(BeforeIdentityKeys);

        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM customer_identities WHERE customer_id = 7"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM pragma_table_info('customer_identities') WHERE name = 'key_hash'"));
    }

    private ConnectorsDbContext Context() =>
        new(new DbContextOptionsBuilder<ConnectorsDbContext>().UseSqlite(ConnectionString).Options);

    private string TableSql() => (string)Scalar("SELECT sql FROM sqlite_schema WHERE name = 'customer_sources'")!;

    private string SourceRow() => (string)Scalar(
        "SELECT channel || '|' || customer_id || '|' || match_reason || '|' || content_hash || '|' || first_seen_at || '|' || updated_at " +
        "FROM customer_sources WHERE source_instance = 'shop' AND source_id = 'gid://shopify/Customer/1'")!;

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
