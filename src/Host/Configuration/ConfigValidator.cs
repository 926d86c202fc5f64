using Connectors.Host.Enrichment;
using Connectors.Host.Metrics;
using Connectors.Host.Plugins;
using Connectors.Host.Routing;
using Connectors.Host.Store;
using Connectors.Host.Web;

namespace Connectors.Host.Configuration;

/// <summary>
/// Checks a configuration against the loaded plugins, section by section, and reports every problem at once, each with
/// its JSON path. The rules of one section live beside its options class; this only runs them in turn.
/// </summary>
public sealed class ConfigValidator(PluginCatalog plugins, SecretResolver secrets)
{
    public ValidatedConfig? Validate(ConnectorsConfig config, List<ConfigError> errors)
    {
        var before = errors.Count;
        var connectionString = StoreOptionsValidator.Validate(config.Store, secrets, errors);
        var connectors = ValidateConnectors(config, errors);
        RouteOptionsValidator.Validate(config, plugins, errors);
        EnrichmentOptionsValidator.Validate(config, plugins, errors);
        TopicsOptionsValidator.Validate(config, errors);
        AlertOptionsValidator.Validate(config, plugins, errors);
        var apiKey = WebOptionsValidator.Validate(config.Web, secrets, errors);
        return errors.Count > before || connectionString is null
            ? null
            : new ValidatedConfig { Source = config, StoreConnectionString = connectionString, WebApiKey = apiKey, Connectors = connectors };
    }

    private List<ConnectorDefinition> ValidateConnectors(ConnectorsConfig config, List<ConfigError> errors)
    {
        var validator = new ConnectorOptionsValidator(plugins, secrets);
        var connectors = new List<ConnectorDefinition>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var connector in config.Connectors)
        {
            if (connector.Name.Length > 0 && !names.Add(connector.Name))
            {
                errors.Add(new ConfigError($"{connector.JsonPath}.name", $"'{connector.Name}' is used by another connector; names must be unique"));
            }

            if (validator.Validate(connector, errors) is { } definition)
            {
                connectors.Add(definition);
            }
        }

        return connectors;
    }
}
