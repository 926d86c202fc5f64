using Connectors.Host.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Tests.Support;

/// <summary>A fresh SQLite store file, migrated, for tests that write through the store's own writers.</summary>
public abstract class MigratedStore : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();

    internal SqliteConnectionFactory Connections { get; private set; } = null!;

    /// <summary>The store file, for <see cref="StoreQueries"/>.</summary>
    protected string Db => Path.Combine(_dir.Path, "store.db");

    public async Task InitializeAsync()
    {
        var settings = StoreSettings.ForSqlite("Data Source=store.db", _dir.Path);
        Connections = new SqliteConnectionFactory(settings);
        await using var db = new ConnectorsDbContext(new DbContextOptionsBuilder<ConnectorsDbContext>().UseSqlite(settings.ConnectionString).Options);
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}
