using Connectors.Host.Configuration;
using Connectors.Host.Plugins;

namespace Connectors.Host.Metrics;

/// <summary>Checks the <c>alerts</c> section against the connectors: unique names, targets that take alerts, template files.</summary>
public static class AlertOptionsValidator
{
    public static void Validate(ConnectorsConfig config, PluginCatalog plugins, List<ConfigError> errors)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var alert in config.Alerts)
        {
            if (alert.Name.Length > 0 && !names.Add(alert.Name))
            {
                errors.Add(new ConfigError($"{alert.JsonPath}.name", $"'{alert.Name}' is used by another alert; names must be unique (they key the alerts sent)"));
            }

            SinkTargets.Check(config, plugins, alert.To, $"{alert.JsonPath}.to", alerts: true, errors);
            Routing.Templates.RouteTemplates.Check(config, alert.Template, alert: true, $"{alert.JsonPath}.template", errors);
        }
    }
}
