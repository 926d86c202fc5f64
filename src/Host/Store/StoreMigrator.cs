using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Store;

/// <summary>Brings the database to the latest migration before anything reads or writes it.</summary>
public sealed class StoreMigrator(IDbContextFactory<ConnectorsDbContext> contexts, IStoreConnectionFactory connections, ILogger<StoreMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        // Opening a connection first switches the file to WAL before EF Core creates it.
        await using (await connections.OpenAsync(ct))
        {
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} store migrations: {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }
    }
}
