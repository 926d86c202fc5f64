using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Connectors.Plugins.HubSpot.Pacing;

namespace Connectors.Plugins.HubSpot.Accounts;

/// <summary>
/// One <see cref="HubSpotAccount"/> per endpoint and token for the life of the host: HubSpot counts requests per private
/// app, so every sink instance with the same token draws on one window. Registered as a singleton by
/// <see cref="HubSpotPlugin.ConfigureServices"/>.
/// </summary>
public sealed class HubSpotAccounts
{
    private static readonly TimeSpan TenSeconds = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, HubSpotAccount> _accounts = new(StringComparer.Ordinal);

    /// <summary>The account for the options' endpoint and token, created on first use with the configured budget.</summary>
    public HubSpotAccount Get(HubSpotOptions options, TimeProvider time) =>
        _accounts.GetOrAdd(Key(options), static (_, state) =>
            new HubSpotAccount(new RequestPacer(state.Options.RequestsPerTenSeconds, TenSeconds, state.Time)), (Options: options, Time: time));

    // The token is hashed so the registry never holds it as a readable key (for example in a memory dump or a debugger).
    private static string Key(HubSpotOptions options) =>
        $"{options.Endpoint.AbsoluteUri.TrimEnd('/').ToLowerInvariant()}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(options.AccessToken)))}";
}
