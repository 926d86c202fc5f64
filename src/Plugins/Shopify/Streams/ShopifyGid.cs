using System.Globalization;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>Shopify global ids, <c>gid://shopify/{Type}/{id}</c>.</summary>
internal static class ShopifyGid
{
    public const string CustomerPrefix = "gid://shopify/Customer/";
    public const string OrderPrefix = "gid://shopify/Order/";

    public static bool IsCustomer(string? id) => id?.StartsWith(CustomerPrefix, StringComparison.Ordinal) == true;

    public static bool IsOrder(string? id) => id?.StartsWith(OrderPrefix, StringComparison.Ordinal) == true;

    public static string Customer(long id) => CustomerPrefix + id.ToString(CultureInfo.InvariantCulture);

    public static string Order(long id) => OrderPrefix + id.ToString(CultureInfo.InvariantCulture);
}
