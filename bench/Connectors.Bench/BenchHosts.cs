using Connectors.Host;
using Connectors.Host.Configuration;
using Connectors.Host.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Bench;

/// <summary>Real hosts for the scenarios: built from a configuration file as the CLI builds them, with the store migrated.</summary>
internal static class BenchHosts
{
    /// <summary>
    /// A host on <paramref name="connectors"/> (the JSON array's items) with the scenarios' store file in
    /// <paramref name="dir"/>, the enrichment section of <see cref="BenchEnrichment"/> and the host's plugin folders.
    /// </summary>
    public static async Task<IHost> BuildAsync(string dir, bool enrichment, string connectors)
    {
        var configPath = Path.Combine(dir, "connectors.json");
        await File.WriteAllTextAsync(configPath, $$"""
            { "store": { "connectionString": "Data Source=data/bench.db" },
              {{BenchEnrichment.Section(enrichment)}}
              "plugins": { "directory": "{{BenchPaths.Plugins.Replace("\\", "/", StringComparison.Ordinal)}}" },
              "connectors": [ {{connectors}} ] }
            """);
        return await BuildAsync(configPath);
    }

    public static async Task<IHost> BuildAsync(string configPath)
    {
        var errors = new List<ConfigError>();
        var setup = HostSetupLoader.Load(configPath, LogLevel.Warning, errors, out _)
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        var host = ConnectorsHost.Build(setup, HostFeatures.Pipeline);
        await host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(CancellationToken.None);
        return host;
    }
}
