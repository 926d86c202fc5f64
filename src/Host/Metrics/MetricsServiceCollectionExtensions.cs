using Connectors.Host.Metrics;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the VoC figures over the store: the metrics queries, the report and the alert rules' checks.</summary>
public static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddConnectorMetrics(this IServiceCollection services)
    {
        services.AddSingleton<FeedbackMetricsQuery>();
        services.AddSingleton<FeedbackReportBuilder>();
        services.AddSingleton<AlertEvaluator>();
        return services;
    }
}
