using Connectors.Host.Configuration;
using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the store: EF Core for schema and reads, prepared statements for the write path.</summary>
public static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorStore(this IServiceCollection services, ValidatedConfig config) =>
        services.AddConnectorStore(StoreSettings.ForSqlite(config.StoreConnectionString, config.Source.ContentRoot));

    public static IServiceCollection AddConnectorStore(this IServiceCollection services, StoreSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<IStoreConnectionFactory, SqliteConnectionFactory>();
        services.AddDbContextFactory<ConnectorsDbContext>(options => options.UseSqlite(settings.ConnectionString));
        services.AddSingleton<StoreMigrator>();
        services.AddSingleton<Connectors.Host.Outbox.DeadLetters>();
        return services;
    }
}
