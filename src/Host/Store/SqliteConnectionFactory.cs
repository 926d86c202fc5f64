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
        // New customers land on random pages of the identity index (emails and phones have no order), so a batch
        // dirties about a page per key: a 64 MiB cache holds the dirty pages of a group of batches until it commits
        // (see BatchWriter; a 1M-customer backfill stays under 300 MB in all), and checkpointing every 50,000 pages
        // (not the default 1,000) copies a page rewritten by many groups into the file once.
        pragma.CommandText =
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; " +
            "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 50000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
