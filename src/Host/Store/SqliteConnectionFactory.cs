using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Connectors.Host.Store;

/// <summary>SQLite connections in WAL mode, so readers (status, dashboard) never block the writer.</summary>
public sealed class SqliteConnectionFactory(StoreSettings settings) : IStoreConnectionFactory
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL persists in the file; synchronous=NORMAL is durable at transaction boundaries in WAL mode.
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
