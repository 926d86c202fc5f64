using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client.Models;

namespace Connectors.Plugins.Amazon.ReviewRequests;

/// <summary>
/// Amazon takes a review request from 5 days after an order's delivery to 30 days after it; with the delivery dates of
/// Orders v0, that is from 5 days after the earliest to 30 days after the latest promised date.
/// </summary>
internal static class SolicitationWindow
{
    /// <summary>The key of the order's marketplace in <see cref="ReviewRequestOffer.Context"/>.</summary>
    public const string MarketplaceKey = "marketplaceId";

    private static readonly TimeSpan Opens = TimeSpan.FromDays(5);
    private static readonly TimeSpan Closes = TimeSpan.FromDays(30);

    /// <summary>The offer for a shipped order with its delivery dates; <c>null</c> for any other order.</summary>
    public static ReviewRequestOffer? OfferFor(OrderDto order, string? buyerSourceId)
    {
        if (!string.Equals(order.OrderStatus, "Shipped", StringComparison.OrdinalIgnoreCase)
            || order.EarliestDeliveryDate is not { } earliest || order.LatestDeliveryDate is not { } latest || order.MarketplaceId.Length == 0)
        {
            return null;
        }

        return new ReviewRequestOffer
        {
            OrderId = order.AmazonOrderId,
            CustomerSourceId = buyerSourceId,
            OpensAt = earliest + Opens,
            ClosesAt = latest + Closes,
            Context = new Dictionary<string, string>(StringComparer.Ordinal) { [MarketplaceKey] = order.MarketplaceId },
        };
    }
}
