namespace Connectors.Sandbox.Amazon.Data;

/// <summary>What a getOrders or searchOrders call asks for, once its parameters are checked.</summary>
/// <param name="ByUpdate">True to filter on the last update time, false on the purchase time.</param>
/// <param name="After">Inclusive lower bound.</param>
/// <param name="Before">Inclusive upper bound.</param>
/// <param name="MarketplaceIds">Marketplaces to include (empty: all).</param>
/// <param name="Statuses">States to include (empty: all).</param>
/// <param name="PageSize">Orders per page (1-100).</param>
public sealed record OrderQuery(
    bool ByUpdate,
    DateTimeOffset After,
    DateTimeOffset Before,
    IReadOnlyList<string> MarketplaceIds,
    IReadOnlyList<AmazonOrderStatus> Statuses,
    int PageSize)
{
    /// <summary>Whether an order matches the filters (not the page).</summary>
    public bool Matches(AmazonOrder order)
    {
        var time = ByUpdate ? order.LastUpdateDate : order.PurchaseDate;
        return time >= After && time <= Before
            && (MarketplaceIds.Count == 0 || MarketplaceIds.Contains(order.Marketplace.Id))
            && (Statuses.Count == 0 || Statuses.Contains(order.Status));
    }
}
