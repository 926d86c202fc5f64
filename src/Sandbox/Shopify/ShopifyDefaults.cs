using System.Text.RegularExpressions;

namespace Connectors.Sandbox.Shopify;

/// <summary>The seeded shop's well-known credentials, so demo configs need no secrets.</summary>
public static partial class ShopifyDefaults
{
    /// <summary>The Admin API access token the seeded shop accepts by default.</summary>
    public const string AccessToken = "shpat_sandbox_0000000000000000000000";

    /// <summary>The client secret that signs webhooks by default.</summary>
    public const string WebhookSecret = "sandbox_webhook_secret";

    /// <summary>The oldest API version served.</summary>
    public const string OldestVersion = "2025-01";

    /// <summary>True for <c>name.myshopify.com</c>.</summary>
    public static bool IsShopDomain(string? domain) => domain is not null && ShopDomainPattern().IsMatch(domain);

    /// <summary>True for a quarterly version (YYYY-01/04/07/10) not older than 2025-01, or <c>unstable</c>.</summary>
    public static bool IsServedVersion(string version) =>
        version == "unstable"
        || (VersionPattern().IsMatch(version) && string.CompareOrdinal(version, OldestVersion) >= 0);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*\\.myshopify\\.com$")]
    private static partial Regex ShopDomainPattern();

    [GeneratedRegex("^20[0-9]{2}-(01|04|07|10)$")]
    private static partial Regex VersionPattern();
}
