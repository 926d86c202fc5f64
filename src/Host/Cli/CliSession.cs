using System.Globalization;
using System.CommandLine;
using Connectors.Host.Configuration;
using Connectors.Host.Plugins;
using Connectors.Host.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>Loads and validates the configuration for a command, printing every problem; builds and migrates the host.</summary>
internal static class CliSession
{
    public static HostSetup? LoadSetup(ParseResult parse, LogLevel quietLevel = LogLevel.Warning) =>
        LoadSetup(parse.GetValue(GlobalOptions.Config)!, parse.GetValue(GlobalOptions.Verbose) ? LogLevel.Debug : quietLevel);

    public static HostSetup? LoadSetup(string configPath, LogLevel level)
    {
        var errors = new List<ConfigError>();
        var setup = HostSetupLoader.Load(configPath, level, errors, out var plugins);
        if (plugins is not null)
        {
            PrintPluginFailures(plugins);
        }

        if (setup is null)
        {
            PrintErrors(errors);
        }

        return setup;
    }

    /// <summary>
    /// The store alone, migrated, for commands that only read or tidy it (status, outbox, deadletters, customers, report).
    /// Only the store section of the configuration must be valid, so they work where the connectors' secrets are not set
    /// (a monitoring shell, the demo's store afterwards) or while a connector is misconfigured; <c>validate</c> checks the rest.
    /// </summary>
    public static async Task<IHost?> OpenStoreAsync(ParseResult parse, CancellationToken ct)
    {
        var errors = new List<ConfigError>();
        var level = parse.GetValue(GlobalOptions.Verbose) ? LogLevel.Debug : LogLevel.Warning;
        var setup = HostSetupLoader.LoadStoreOnly(parse.GetValue(GlobalOptions.Config)!, level, errors, out var plugins);
        if (plugins is not null)
        {
            PrintPluginFailures(plugins);
        }

        if (setup is null)
        {
            PrintErrors(errors);
            return null;
        }

        return await StartHostAsync(setup, HostFeatures.Store, ct);
    }

    public static async Task<IHost> StartHostAsync(HostSetup setup, HostFeatures features, CancellationToken ct)
    {
        var host = ConnectorsHost.Build(setup, features);
        await host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(ct);
        return host;
    }

    public static void PrintErrors(IReadOnlyCollection<ConfigError> errors)
    {
        var stderr = Console.Error;
        stderr.WriteLine($"Configuration has {errors.Count} error{(errors.Count == 1 ? "" : "s")}:");
        foreach (var error in errors)
        {
            stderr.WriteLine($"  error: {error}");
        }
    }

    public static void PrintPluginFailures(PluginCatalog plugins)
    {
        foreach (var failed in plugins.Failed)
        {
            Console.Error.WriteLine($"  warning: plugin folder '{Path.GetFileName(failed.Folder)}' not loaded ({failed.Status}): {failed.Error}");
        }
    }

    public static void Fail(string message) => AnsiConsole.Console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error:[/] {message}");
}
