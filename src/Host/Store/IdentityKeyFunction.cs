using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Connectors.Host.Store;

/// <summary>Registers <see cref="IdentityKey.SqlFunction"/> on every connection EF Core opens, so migrations can key stored rows.</summary>
internal sealed class IdentityKeyFunction : DbConnectionInterceptor
{
    public static readonly IdentityKeyFunction Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction<string, string, long>(IdentityKey.SqlFunction, IdentityKey.Of, isDeterministic: true);
}
