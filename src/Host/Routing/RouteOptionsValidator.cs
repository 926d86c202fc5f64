using Connectors.Host.Configuration;
using Connectors.Host.Plugins;

namespace Connectors.Host.Routing;

/// <summary>Checks the <c>routes</c> section against the connectors: every target a sink, every template file there.</summary>
public static class RouteOptionsValidator
{
    public static void Validate(ConnectorsConfig config, PluginCatalog plugins, List<ConfigError> errors)
    {
        foreach (var route in config.Routes)
        {
            SinkTargets.Check(config, plugins, route.To, $"{route.JsonPath}.to", alerts: false, errors);
            Templates.RouteTemplates.Check(config, route.Template, alert: false, $"{route.JsonPath}.template", errors);
            if (route.Reply is { Template.Length: > 0 } reply)
            {
                Templates.RouteTemplates.Check(config, reply.Template, alert: false, $"{route.JsonPath}.reply.template", errors);
            }
        }
    }
}
