using Connectors.Abstractions;
using Connectors.Host.Enrichment;
using Connectors.Host.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the enrichment stage: the enabled built-in enrichers, the enricher plugins listed, and the priority rules.</summary>
public static class EnrichmentServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorEnrichment(this IServiceCollection services) =>
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EnrichmentOptions>>().Value;
            var registry = sp.GetRequiredService<ConnectorRegistry>();
            var plugins = options.Plugins.Select(name => registry.Get(name) as IEnricher
                ?? throw new InvalidOperationException($"connector '{name}' does not implement IEnricher")).ToList();
            var enrichers = new List<IEnricher>();
            enrichers.AddRange(plugins);
            return new EnrichmentStage(enrichers, plugins.ToHashSet(), options.Priority.Enabled ? new PriorityRules(options.Priority) : null,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<EnrichmentStage>());
        });
}
