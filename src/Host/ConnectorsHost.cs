using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Plugins;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Connectors.Host.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host;

/// <summary>Composes the generic host from a validated configuration and the loaded plugins.</summary>
public static class ConnectorsHost
{
    public static IHost Build(HostSetup setup, HostFeatures features = HostFeatures.None)
    {
        if (!features.HasFlag(HostFeatures.Web))
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                DisableDefaults = true,
                ContentRootPath = setup.Config.Source.ContentRoot,
            });
            AddConnectorsHost(builder.Services, builder.Logging, setup, features);
            return builder.Build();
        }

        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = setup.Config.Source.ContentRoot, Args = [] });
        web.WebHost.UseUrls(setup.Config.WebUrls);
        web.Logging.ClearProviders();
        AddConnectorsHost(web.Services, web.Logging, setup, features);
        web.Services.AddSingleton<WebhookReceiver>();
        var app = web.Build();
        if (setup.Config.WebApiKey is { Length: > 0 } apiKey)
        {
            app.UseMiddleware<ApiKeyMiddleware>(apiKey);
        }

        app.MapConnectorEndpoints();
        return app;
    }

    /// <summary>
    /// The console logging of every command: single lines on standard error, libraries at warnings and above, and
    /// every resolved secret redacted.
    /// </summary>
    internal static void AddConsoleLogging(IServiceCollection services, ILoggingBuilder logging, LogLevel level, SecretRedactor redactor)
    {
        logging.SetMinimumLevel(level);
        logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Quartz", LogLevel.Warning);
        logging.AddSimpleConsole(o => o.SingleLine = true).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddSingleton(redactor);
        RedactLoggerProviders(services, redactor);
    }

    private static void AddConnectorsHost(IServiceCollection services, ILoggingBuilder logging, HostSetup setup, HostFeatures features)
    {
        AddConsoleLogging(services, logging, setup.LogLevel, setup.Redactor);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(setup.Config);
        services.AddSingleton(setup.Plugins);
        services.AddHttpClient();
        services.AddConnectorStore(StoreSettings.ForSqlite(setup.Config.StoreConnectionString, setup.Config.Source.ContentRoot));
        services.AddSingleton<ConnectorRegistry>();
        services.AddSingleton<SyncRunLog>();
        services.AddSingleton<SyncEngine>();
        services.AddSingleton<Routing.Router>();
        services.AddSingleton<Outbox.SinkRateLimiters>();
        services.AddSingleton<Outbox.OutboxDispatcher>();
        services.AddSingleton<Outbox.DeadLetters>();
        foreach (var plugin in setup.Config.Connectors.Select(c => c.Plugin).Distinct())
        {
            plugin.Plugin!.ConfigureServices(services);
        }

        if (features.HasFlag(HostFeatures.Scheduling))
        {
            services.AddConnectorScheduling();
        }
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
    }

    private static ILoggerProvider CreateInner(IServiceProvider sp, ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: ILoggerProvider instance } => instance,
        { ImplementationFactory: { } factory } => (ILoggerProvider)factory(sp),
        _ => (ILoggerProvider)ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!),
    };
}
