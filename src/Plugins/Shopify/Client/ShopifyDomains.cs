using System.Text.RegularExpressions;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>The shape of a shop's permanent domain, <c>{handle}.myshopify.com</c>.</summary>
internal static partial class ShopifyDomains
{
    private const string Suffix = ".myshopify.com";

    public static bool IsShopDomain(string domain) => ShopDomainPattern().IsMatch(domain);

    /// <summary>The handle used in admin URLs (<c>admin.shopify.com/store/{handle}</c>).</summary>
    public static string Handle(string domain) =>
        domain.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) ? domain[..^Suffix.Length].ToLowerInvariant() : domain.ToLowerInvariant();

    // Shopify handles are lower-case letters, digits and hyphens; the domain is matched without case.
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,62}\.myshopify\.com$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShopDomainPattern();
}
