using Connectors.Abstractions;
using Connectors.Host.Sync;

namespace Connectors.Host.Cli;

/// <summary>Which connector streams a sync covers: one stream, one connector's streams, or every source's.</summary>
internal static class SyncTargets
{
    public static List<(string Connector, string Stream)> Resolve(
        HostSetup setup, ConnectorRegistry registry, string? name, string? stream, out string? error)
    {
        error = null;
        var targets = new List<(string, string)>();
        var connectors = setup.Config.Connectors.Where(c => name is null || string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        foreach (var connector in connectors)
        {
            if (connector.Manifest.Kind != PluginKind.Source)
            {
                if (name is not null)
                {
                    error = $"'{connector.Name}' is a {connector.Manifest.Kind.ToString().ToLowerInvariant()} connector; sync runs source connectors";
                }

                continue;
            }

            var streams = registry.StreamsOf(connector.Name);
            if (stream is not null && !streams.Contains(stream))
            {
                error = $"connector '{connector.Name}' has no stream '{stream}'; its streams are: {string.Join(", ", streams)}";
                return [];
            }

            targets.AddRange(streams.Where(s => stream is null || s == stream).Select(s => (connector.Name, s)));
        }

        if (targets.Count == 0 && error is null)
        {
            error = "no source connector is configured; add one to \"connectors\" in the configuration file";
        }

        return targets;
    }
}
