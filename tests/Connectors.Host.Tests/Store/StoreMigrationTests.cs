using Connectors.Host.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Connectors.Host.Tests.Store;

public sealed class StoreMigrationTests : IDisposable
{
    private const string BeforeWithoutRowId = "20261125154331_DropCustomerContactIndexes";
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
