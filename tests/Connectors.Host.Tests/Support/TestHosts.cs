using Connectors.Abstractions;
using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Plugins;
using Connectors.Host.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Tests.Support;

/// <summary>Builds real hosts in-process from a configuration file and a set of plugins (real folders or in-test ones).</summary>
internal static class TestHosts
{
    public static PluginCatalog Catalog(params IConnectorPlugin[] inTest)
    {
        var real = new McMasterPluginLoader().LoadAll(RepoPaths.PluginsDirectory);
        var fake = inTest.Select(p => new LoadedPlugin($"in-test/{p.Manifest.Id}", PluginStatus.Active, p, null));
        return new PluginCatalog(RepoPaths.PluginsDirectory, [.. real, .. fake]);
    }

    public static HostSetup Setup(string configPath, PluginCatalog catalog, Func<string, string?>? env = null)
    {
        var errors = new List<ConfigError>();
        var config = ConfigFileReader.Read(configPath, errors) ?? throw new InvalidOperationException(string.Join("\n", errors));
        var redactor = new SecretRedactor();
        var validated = new ConfigValidator(catalog, new SecretResolver(redactor, env ?? (_ => null), config.ContentRoot)).Validate(config, errors);
        return validated is null
            ? throw new InvalidOperationException(string.Join("\n", errors))
            : new HostSetup(validated, catalog, redactor, LogLevel.Warning);
    }

    public static async Task<IHost> StartAsync(HostSetup setup, HostFeatures features = HostFeatures.Pipeline)
    {
        var host = ConnectorsHost.Build(setup, features);
        await host.Services.GetService(typeof(StoreMigrator)).As<StoreMigrator>().MigrateAsync(CancellationToken.None);
        return host;
    }

    private static T As<T>(this object? value) => (T)value!;
}
