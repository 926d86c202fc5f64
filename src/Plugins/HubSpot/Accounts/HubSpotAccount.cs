using System.Collections.Concurrent;
using Connectors.Plugins.HubSpot.Pacing;

namespace Connectors.Plugins.HubSpot.Accounts;

/// <summary>What every sink instance using the same endpoint and token shares: the rate window and the one-time property setup.</summary>
public sealed class HubSpotAccount
{
    private readonly ConcurrentDictionary<string, PropertySetup> _setups = new(StringComparer.Ordinal);

    internal HubSpotAccount(RequestPacer pacer) => Pacer = pacer;

    /// <summary>The account's request pacer.</summary>
    public RequestPacer Pacer { get; }

    /// <summary>The custom-property setup for a note key property name (done once per process).</summary>
    public PropertySetup Properties(string noteProperty) => _setups.GetOrAdd(noteProperty, static _ => new PropertySetup());
}
