using Connectors.PluginSdk.Pacing;
using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Throttling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Plugins.Shopify;

/// <summary>
/// The <c>shopify</c> source: customers (identity, contact, consent, tags) and orders (customer links and order
/// notes) from a Shopify store's Admin GraphQL API, plus its customer and order webhooks.
/// </summary>
public sealed class ShopifyPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "shopify";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "Shopify",
        typeof(ShopifyPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Source,
        PluginCapabilities.Incremental | PluginCapabilities.Webhooks,
        typeof(ShopifyOptions))
    {
        Description = "Reads customers and order notes from a Shopify store (Admin GraphQL API, bulk backfill, cost-paced) and takes its webhooks.",
        Streams = ShopifySource.StreamNames,
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // One throttle budget per shop and token for the whole host: every instance, stream and job shares Shopify's bucket.
        services.TryAddSingleton<BudgetRegistry<ThrottleBudget>>();
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context)
    {
        var options = context.GetOptions<ShopifyOptions>();
        var budget = ThrottleBudget.Of(
            context.Services.GetRequiredService<BudgetRegistry<ThrottleBudget>>(), options.ShopDomain, options.AccessToken, context.TimeProvider);
        return new ShopifySource(context, budget);
    }
}
