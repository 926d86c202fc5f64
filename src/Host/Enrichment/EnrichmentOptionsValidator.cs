using Connectors.Abstractions;
using Connectors.Host.Configuration;
using Connectors.Host.Plugins;

namespace Connectors.Host.Enrichment;

/// <summary>Checks the <c>enrichment</c> section against the connectors: each listed plugin enricher is a configured enricher connector.</summary>
public static class EnrichmentOptionsValidator
{
    public static void Validate(ConnectorsConfig config, PluginCatalog plugins, List<ConfigError> errors)
    {
        var listed = config.Enrichment.Plugins;
        for (var i = 0; i < listed.Count; i++)
        {
            var path = $"$.enrichment.plugins[{i}]";
            var connector = config.Connectors.FirstOrDefault(c => string.Equals(c.Name, listed[i], StringComparison.OrdinalIgnoreCase));
            var kind = connector is null ? null : plugins.Find(connector.Plugin)?.Manifest?.Kind;
            if (connector is null)
            {
                var enrichers = config.Connectors.Where(c => plugins.Find(c.Plugin)?.Manifest?.Kind == PluginKind.Enricher).Select(c => c.Name).ToList();
                errors.Add(new ConfigError(path,
                    $"no connector named '{listed[i]}'; list connectors whose plugin is an enricher ({(enrichers.Count == 0 ? "none is configured" : string.Join(", ", enrichers))})"));
            }
            else if (kind is { } k && k != PluginKind.Enricher)
            {
                errors.Add(new ConfigError(path, $"'{listed[i]}' is a {k.ToString().ToLowerInvariant()} connector, not an enricher"));
            }
        }
    }
}
