using Connectors.Host.Configuration;
using Connectors.Host.Enrichment;
using Connectors.Host.Identity;
using Connectors.Host.Routing;
using Microsoft.Extensions.Options;

namespace Connectors.Host.Sync;

/// <summary>The configured stages every batch goes through after its source: identity, enrichment, routing, review requests.</summary>
public sealed class PipelineStages(Router router, EnrichmentStage enrichment, IOptions<IdentityOptions> identity, ValidatedConfig config)
{
    public Router Router { get; } = router;

    public EnrichmentStage Enrichment { get; } = enrichment;

    public IdentityOptions Identity { get; } = identity.Value;

    /// <summary>
    /// Stages that route nothing and enrich nothing, with the default identity rules: the store's write path alone, for
    /// tests and benchmarks of it.
    /// </summary>
    public static PipelineStages Bare(IdentityOptions? identity = null)
    {
        var config = new ValidatedConfig { Source = new ConnectorsConfig(), StoreConnectionString = "", Connectors = [] };
        var enrichment = new EnrichmentStage([], [], priority: null, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        return new PipelineStages(new Router(config), enrichment, Options.Create(identity ?? new IdentityOptions()), config);
    }

    /// <summary>Whether the connector's configuration turns review requests on for the orders its source offers.</summary>
    public bool SendsReviewRequests(string connector) => config.Find(connector)?.Config.ReviewRequests is { Enabled: true };

    /// <summary>Whether the connector's plugin can post answers on its channel (routes draft replies only for it).</summary>
    public bool CanReply(string connector) => config.Find(connector)?.Manifest.Capabilities.HasFlag(Abstractions.PluginCapabilities.Reply) == true;

    /// <summary>Where a connector's phone numbers in national form are from: its region, else the identity section's default.</summary>
    public string? RegionOf(string connector) => config.Find(connector)?.Config.Region ?? Identity.DefaultRegion;
}
