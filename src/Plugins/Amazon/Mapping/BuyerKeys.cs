namespace Connectors.Plugins.Amazon.Mapping;

/// <summary>
/// How a buyer is keyed. Amazon has no buyer id in its APIs: the buyer email (a relay address stable per buyer and
/// marketplace, or the buyer's own) is the closest, so the orders stream and the reports key a buyer by it and agree;
/// without one (no Restricted Data Token) a buyer is known only as the buyer of one order.
/// </summary>
internal static class BuyerKeys
{
    public static string ForEmail(string email) => "buyer:" + email.Trim().ToLowerInvariant();

    public static string ForOrder(string orderId) => "order:" + orderId;

    /// <summary>Whether the address is one of Amazon's relay addresses (<c>…@marketplace.amazon.de</c>), not the buyer's own.</summary>
    public static bool IsRelay(string email) => email.Contains("@marketplace.amazon.", StringComparison.OrdinalIgnoreCase);
}
