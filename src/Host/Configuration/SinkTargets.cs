using Connectors.Abstractions;
using Connectors.Host.Plugins;

namespace Connectors.Host.Configuration;

/// <summary>Checks that the connectors a route or an alert sends to exist and are sinks (that take alerts, for alerts).</summary>
internal static class SinkTargets
{
    public static void Check(ConnectorsConfig config, PluginCatalog plugins, IReadOnlyList<string> targets, string path, bool alerts, List<ConfigError> errors)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            var name = targets[i];
            var at = targets.Count == 1 ? path : $"{path}[{i}]";
            var target = config.Connectors.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            var manifest = target is null ? null : plugins.Find(target.Plugin)?.Manifest;
            if (target is null)
            {
                var sinks = config.Connectors.Where(c => plugins.Find(c.Plugin)?.Manifest?.Kind == PluginKind.Sink).Select(c => c.Name).ToList();
                errors.Add(new ConfigError(at,
                    $"unknown {(alerts ? "alert" : "route")} target '{name}'; it must name a sink connector ({(sinks.Count == 0 ? "none is configured" : string.Join(", ", sinks))})"));
            }
            else if (manifest is { Kind: not PluginKind.Sink })
            {
                errors.Add(new ConfigError(at, $"'{name}' is a {manifest.Kind.ToString().ToLowerInvariant()} connector; a {(alerts ? "alert" : "route")} must end at a sink (CRM, helpdesk, webhook)"));
            }
            else if (alerts && manifest is not null && !manifest.Capabilities.HasFlag(PluginCapabilities.Alerts))
            {
                errors.Add(new ConfigError(at, $"'{name}' ({manifest.Id}) does not take alerts; send alerts to a sink that does, such as a webhook connector"));
            }
        }
    }
}
