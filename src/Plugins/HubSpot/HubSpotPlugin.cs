using Connectors.Abstractions;
using Connectors.Plugins.HubSpot.Accounts;
using Connectors.PluginSdk.Pacing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Connectors.Plugins.HubSpot;

/// <summary>
/// The <c>hubspot</c> sink: unified customers become HubSpot contacts (consent honoured), feedback becomes notes on
/// the author's contact timeline, paced to the account's 10-second window.
/// </summary>
public sealed class HubSpotPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "hubspot";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "HubSpot",
        typeof(HubSpotPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Sink,
        PluginCapabilities.None,
        typeof(HubSpotOptions))
    {
        Description = "Pushes customers to HubSpot as contacts (batch upsert by email, consent honoured) and feedback as notes on their timeline.",
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // One rate window per account for the whole host: HubSpot counts requests per private app, across every instance.
        services.TryAddSingleton<BudgetRegistry<HubSpotAccount>>();
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context)
    {
        var options = context.GetOptions<HubSpotOptions>();
        var account = HubSpotAccount.Of(context.Services.GetRequiredService<BudgetRegistry<HubSpotAccount>>(), options, context.TimeProvider);
        return new HubSpotSink(context, account);
    }
}
