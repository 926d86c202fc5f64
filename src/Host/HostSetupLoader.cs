using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Plugins;
using Connectors.Host.Store;
using Microsoft.Extensions.Logging;

namespace Connectors.Host;

/// <summary>Reads the configuration file, loads the plugins and validates the one against the other.</summary>
public static class HostSetupLoader
{
    public static string DefaultPluginsDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>The setup when everything is valid; otherwise <c>null</c> and every problem in <paramref name="errors"/>.</summary>
    public static HostSetup? Load(string configPath, LogLevel logLevel, List<ConfigError> errors, out PluginCatalog? plugins)
    {
        plugins = null;
        var config = ConfigFileReader.Read(configPath, errors);
        if (config is null)
        {
            return null;
        }

        plugins = LoadPlugins(config);
        var redactor = new SecretRedactor();
        var secrets = new SecretResolver(redactor, Environment.GetEnvironmentVariable, config.ContentRoot);
        var validated = new ConfigValidator(plugins, secrets).Validate(config, errors);
        return validated is null || errors.Count > 0 ? null : new HostSetup(validated, plugins, redactor, logLevel);
    }

    /// <summary>
    /// The setup of the store alone, for commands that only read or tidy it: only the <c>store</c> section must be
    /// valid (and its secrets set), so they work where the connectors' secrets are not set or while one is misconfigured.
    /// The configuration's connectors are left out.
    /// </summary>
    public static HostSetup? LoadStoreOnly(string configPath, LogLevel logLevel, List<ConfigError> errors, out PluginCatalog? plugins)
    {
        plugins = null;
        var config = ConfigFileReader.Read(configPath, errors);
        if (config is null)
        {
            return null;
        }

        var redactor = new SecretRedactor();
        var connectionString = StoreOptionsValidator.Validate(config.Store, new SecretResolver(redactor, Environment.GetEnvironmentVariable, config.ContentRoot), errors);
        if (connectionString is null || errors.Any(e => e.Path.StartsWith("$.store", StringComparison.Ordinal)))
        {
            return null;
        }

        // Mistakes elsewhere in the file are validate's business; this command does not need those sections.
        errors.Clear();
        plugins = LoadPlugins(config);
        var validated = new ValidatedConfig { Source = config, StoreConnectionString = connectionString, Connectors = [] };
        return new HostSetup(validated, plugins, redactor, logLevel);
    }

    public static PluginCatalog LoadPlugins(ConnectorsConfig? config)
    {
        var directory = config?.Plugins.Directory is { } configured
            ? Path.GetFullPath(configured, config.ContentRoot)
            : DefaultPluginsDirectory;
        return new PluginCatalog(directory, new McMasterPluginLoader().LoadAll(directory));
    }
}
