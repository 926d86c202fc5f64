using System.Collections.Concurrent;
using Connectors.Plugins.HubSpot.Pacing;
using Connectors.PluginSdk.Pacing;

namespace Connectors.Plugins.HubSpot.Accounts;

/// <summary>What every sink instance using the same endpoint and token shares: the rate window and the one-time property setup.</summary>
public sealed class HubSpotAccount
{
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, PropertySetup> _setups = new(StringComparer.Ordinal);

    internal HubSpotAccount(RequestPacer pacer) => Pacer = pacer;

    /// <summary>The account's request pacer.</summary>
    public RequestPacer Pacer { get; }

    /// <summary>
    /// The account of the options' endpoint and token, created on first use with the configured budget: HubSpot counts
    /// requests per private app, so every sink instance with the same token draws on one window.
    /// </summary>
    public static HubSpotAccount Of(BudgetRegistry<HubSpotAccount> accounts, HubSpotOptions options, TimeProvider time) =>
        accounts.Get(
            BudgetKey.ForEndpoint(options.Endpoint, options.AccessToken, withPath: true),
            () => new HubSpotAccount(new RequestPacer(options.RequestsPerTenSeconds, TenSeconds, time)));

    /// <summary>The custom-property setup for a note key property name (done once per process).</summary>
    public PropertySetup Properties(string noteProperty) => _setups.GetOrAdd(noteProperty, static _ => new PropertySetup());
}
