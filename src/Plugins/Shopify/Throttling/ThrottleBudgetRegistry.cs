using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Plugins.Shopify.Throttling;

/// <summary>
/// One <see cref="ThrottleBudget"/> per shop and access token, for the life of the host: Shopify's bucket is per app
/// and store, so every connector instance, stream and job reading the same shop with the same token draws on one budget.
/// Registered as a singleton by <see cref="ShopifyPlugin.ConfigureServices"/>.
/// </summary>
public sealed class ThrottleBudgetRegistry
{
    private readonly ConcurrentDictionary<string, ThrottleBudget> _budgets = new(StringComparer.Ordinal);

    /// <summary>The budget of <paramref name="shopDomain"/> with <paramref name="accessToken"/>, created on first use.</summary>
    public ThrottleBudget Get(string shopDomain, string accessToken, TimeProvider time) =>
        _budgets.GetOrAdd(Key(shopDomain, accessToken), static (_, t) => new ThrottleBudget(t), time);

    // The token is hashed so the registry never holds it as a readable key (for example in a memory dump or a debugger).
    private static string Key(string shopDomain, string accessToken) =>
        $"{shopDomain.Trim().ToLowerInvariant()}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(accessToken)))}";
}
