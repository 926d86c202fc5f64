using Connectors.Plugins.Shopify.Client;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>The <c>customers</c> stream: identity, contact, consent and tags of every customer.</summary>
internal sealed class CustomersStream : ShopifyStream
{
    public const string StreamName = "customers";

    public override string Name => StreamName;

    public override int MaxPageSize(ShopifyApiVersion version) => ShopifyQueries.MaxFirst(ShopifyQueries.CustomerNodeCost(version));

    public override async Task<PageResult> ReadPageAsync(ShopifyApi api, int first, string? after, string? filter, CancellationToken cancellationToken)
    {
        var page = await api.CustomersAsync(first, after, filter, cancellationToken);
        return new PageResult([.. page.Nodes.Select(CustomerMapper.Map)], page.PageInfo.HasNextPage, page.PageInfo.EndCursor);
    }

    public override string BulkQuery(ShopifyApiVersion version, string? filter) => ShopifyQueries.BulkCustomers(version, filter);
}
