using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>Opens connections to the store, set up for the provider (for SQLite: WAL, busy timeout).</summary>
public interface IStoreConnectionFactory
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
