using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client.Models;
using Connectors.Plugins.Amazon.Marketplaces;

namespace Connectors.Plugins.Amazon.Mapping;

/// <summary>An order's buyer as a <see cref="CustomerRecord"/> carrying the order id, so the order joins the buyer across channels.</summary>
internal static class OrderMapper
{
    public static CustomerRecord Map(OrderDto order)
    {
        var email = string.IsNullOrWhiteSpace(order.BuyerEmail) ? null : order.BuyerEmail.Trim();
        var country = order.CountryCode is { Length: 2 } code ? code.ToUpperInvariant() : KnownMarketplaces.Find(order.MarketplaceId)?.CountryCode;
        return new CustomerRecord
        {
            SourceId = email is null ? BuyerKeys.ForOrder(order.AmazonOrderId) : BuyerKeys.ForEmail(email),
            Channel = Channels.Amazon,
            Email = email,
            Name = Blank(order.BuyerName) ?? Blank(order.ShippingName),
            Phone = Blank(order.Phone),
            Country = country,
            Identities = email is not null && BuyerKeys.IsRelay(email) ? [new CustomerIdentity(Channels.Amazon, email.ToLowerInvariant())] : [],
            OrderIds = [order.AmazonOrderId],
            SeenAt = order.LastUpdateDate,
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
