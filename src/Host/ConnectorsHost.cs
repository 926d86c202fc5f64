using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Plugins;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host;

/// <summary>Composes the generic host from a validated configuration and the loaded plugins.</summary>
public static class ConnectorsHost
{
    public static IHost Build(HostSetup setup, bool scheduling)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = setup.Config.Source.ContentRoot,
        });
        var services = builder.Services;
        builder.Logging.SetMinimumLevel(setup.LogLevel);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Quartz", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddSingleton(setup.Redactor);
        RedactLoggerProviders(services, setup.Redactor);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(setup.Config);
        services.AddSingleton(setup.Plugins);
        services.AddHttpClient();
        services.AddConnectorStore(StoreSettings.ForSqlite(setup.Config.StoreConnectionString, setup.Config.Source.ContentRoot));
        services.AddSingleton<ConnectorRegistry>();
        services.AddSingleton<SyncRunLog>();
        services.AddSingleton<SyncEngine>();
        foreach (var plugin in setup.Config.Connectors.Select(c => c.Plugin).Distinct())
        {
            plugin.Plugin!.ConfigureServices(services);
        }

        if (scheduling)
        {
            services.AddConnectorScheduling();
        }

        return builder.Build();
    }

    /// <summary>Wraps every registered logger provider so resolved secrets never reach a sink.</summary>
    private static void RedactLoggerProviders(IServiceCollection services, SecretRedactor redactor)
    {
        var providers = services.Where(d => d.ServiceType == typeof(ILoggerProvider)).ToList();
        foreach (var descriptor in providers)
        {
            services.Remove(descriptor);
            services.AddSingleton<ILoggerProvider>(sp => new RedactingLoggerProvider(CreateInner(sp, descriptor), redactor));
        }

        services.TryAddSingleton(redactor);
    }

    private static ILoggerProvider CreateInner(IServiceProvider sp, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: ILoggerProvider instance } => instance,
        { ImplementationFactory: { } factory } => (ILoggerProvider)factory(sp),
        _ => (ILoggerProvider)ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!),
    };
}
