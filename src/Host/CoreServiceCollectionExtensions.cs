using Connectors.Host;
using Connectors.Host.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The core every host has: the validated configuration and its sections, the plugins, the clock, HTTP, and logging that redacts secrets.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorsCore(this IServiceCollection services, HostSetup setup, ILoggingBuilder logging)
    {
        AddConsoleLogging(services, logging, setup.LogLevel, setup.Redactor);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(setup.Config);
        services.AddSingleton(setup.Plugins);
        var source = setup.Config.Source;
        services.AddSingleton(Options.Options.Create(source.Identity));
        services.AddSingleton(Options.Options.Create(source.Enrichment));
        services.AddSingleton(Options.Options.Create(source.Topics));
        services.AddConnectorsHttp();
        return services;
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
