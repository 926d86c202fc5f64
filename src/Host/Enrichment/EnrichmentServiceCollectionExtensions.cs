using Connectors.Abstractions;
using Connectors.Enrichment;
using Connectors.Host.Enrichment;
using Connectors.Host.Enrichment.BuiltIn;
using Connectors.Host.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the enrichment stage: the enabled built-in enrichers, the enricher plugins listed, and the priority rules.</summary>
public static class EnrichmentServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorEnrichment(this IServiceCollection services) =>
        services.AddSingleton<Reenrichment>().AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EnrichmentOptions>>().Value;
            var registry = sp.GetRequiredService<ConnectorRegistry>();
            var recordOnly = new List<IEnricher>();
            if (options.Language.Enabled)
            {
                recordOnly.Add(new LanguageEnricher(new LanguageIdentifier(options.Language.Languages)));
            }

            if (options.Sentiment.Enabled)
            {
                recordOnly.Add(new SentimentEnricher(new SentimentAnalyzer()));
            }

            if (options.Topics.Enabled)
            {
                recordOnly.Add(new TopicEnricher(new TopicClassifier(TopicTaxonomyBuilder.From(sp.GetRequiredService<IOptions<TopicsOptions>>().Value))));
            }

            var plugins = options.Plugins.Select(name => registry.Get(name) as IEnricher
                ?? throw new InvalidOperationException($"connector '{name}' does not implement IEnricher")).ToList();
            return new EnrichmentStage(recordOnly, plugins, options.Priority.Enabled ? new PriorityRules(options.Priority) : null,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<EnrichmentStage>());
        });
}
