using Connectors.Host.Configuration;
using Connectors.Host.Outbox;
using Connectors.Host.Replies;
using Connectors.Host.ReviewRequests;
using Connectors.Host.Routing;
using Connectors.Host.Sync;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The pipeline: the configured connectors (and the services their plugins register), the sync engine that takes
/// each batch through identity resolution, enrichment, routing and the store, and the outbox dispatcher.
/// </summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorPipeline(this IServiceCollection services, ValidatedConfig config)
    {
        services.AddSingleton<ConnectorRegistry>();
        services.AddSingleton<SyncRunLog>();
        services.AddSingleton<SyncEngine>();
        services.AddSingleton<Router>();
        services.AddConnectorEnrichment();
        services.AddSingleton<PipelineStages>();
        services.AddSingleton<Connectors.Host.Identity.OperatorDecisions>();
        services.AddSingleton<SinkRateLimiters>();
        services.AddSingleton<Connectors.Host.Routing.Templates.RouteTemplates>();
        services.AddSingleton<SinkItemBuilder>();
        services.AddSingleton<ReviewRequestSender>();
        services.AddSingleton<ReplyTexts>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<ReplyDesk>();
        services.AddSingleton<OutboxDispatcher>();
        foreach (var plugin in config.Connectors.Select(c => c.Plugin).Distinct())
        {
            plugin.Plugin!.ConfigureServices(services);
        }

        return services;
    }
}
