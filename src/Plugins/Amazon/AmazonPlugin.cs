using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Throttling;
using Connectors.PluginSdk.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Plugins.Amazon;

/// <summary>
/// The <c>amazon</c> source: orders (buyers and their order ids), seller feedback, FBA customer returns and review topics
/// of one seller through the Selling Partner API, in any number of marketplaces of the NA, EU and FE regions.
/// </summary>
public sealed class AmazonPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "amazon";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "Amazon Selling Partner API",
        typeof(AmazonPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Source,
        PluginCapabilities.Incremental | PluginCapabilities.ReviewRequests,
        typeof(AmazonOptions))
    {
        Description = "Reads orders, seller feedback, FBA returns (reports) and review topics from Amazon SP-API, on shared usage plans; sends review requests.",
        Streams = AmazonSource.StreamNames,
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // One set of usage-plan budgets per seller authorisation for the whole host: every instance, stream and job shares them.
        services.TryAddSingleton<BudgetRegistry<RateBudget>>();
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context)
    {
        var options = context.GetOptions<AmazonOptions>();
        var budgets = RateBudget.ForSeller(
            context.Services.GetRequiredService<BudgetRegistry<RateBudget>>(), options.ClientId, options.RefreshToken, context.TimeProvider);
        return new AmazonSource(context, budgets);
    }
}
