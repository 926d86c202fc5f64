using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Throttling;
using Connectors.PluginSdk.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Plugins.Trustpilot;

/// <summary>
/// The <c>trustpilot</c> source: service reviews and product reviews of one business unit through Trustpilot's private
/// API, with the invitation's referral email and order id so a review joins the shop's customer and order.
/// </summary>
public sealed class TrustpilotPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "trustpilot";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "Trustpilot",
        typeof(TrustpilotPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Source,
        PluginCapabilities.Incremental | PluginCapabilities.Reply,
        typeof(TrustpilotOptions))
    {
        Description = "Reads a business unit's service and product reviews from Trustpilot, with replies, within its call quotas; posts the business's replies.",
        Streams = TrustpilotSource.StreamNames,
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // Trustpilot counts calls per API key: every instance and stream of the host that uses the key shares one budget.
        services.TryAddSingleton<BudgetRegistry<CallBudget>>();
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context)
    {
        var options = context.GetOptions<TrustpilotOptions>();
        var budget = context.Services.GetRequiredService<BudgetRegistry<CallBudget>>()
            .Get(BudgetKey.ForEndpoint(options.Endpoint, options.ApiKey), () => new CallBudget(options.CallsPerFiveMinutes, options.CallsPerHour, context.TimeProvider));
        return new TrustpilotSource(context, budget);
    }
}
