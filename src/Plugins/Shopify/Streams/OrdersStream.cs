using Connectors.Plugins.Shopify.Client;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>The <c>orders</c> stream: each order's link to its customer, and its note as <c>order_note</c> feedback.</summary>
internal sealed class OrdersStream(string shopHandle) : ShopifyStream
{
    public const string StreamName = "orders";

    public override string Name => StreamName;

    public override int MaxPageSize(ShopifyApiVersion version) => ShopifyQueries.MaxFirst(ShopifyQueries.OrderNodeCost);

    public override async Task<PageResult> ReadPageAsync(ShopifyApi api, int first, string? after, string? filter, CancellationToken cancellationToken)
    {
        var page = await api.OrdersAsync(first, after, filter, cancellationToken);
        return new PageResult([.. page.Nodes.Select(o => OrderMapper.Map(o, shopHandle))], page.PageInfo.HasNextPage, page.PageInfo.EndCursor);
    }

    public override string BulkQuery(ShopifyApiVersion version, string? filter) => ShopifyQueries.BulkOrders(filter);
}
