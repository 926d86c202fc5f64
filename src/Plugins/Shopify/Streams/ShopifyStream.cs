using Connectors.Plugins.Shopify.Client;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>What differs between the <c>customers</c> and <c>orders</c> streams: the page query and the bulk query.</summary>
internal abstract class ShopifyStream
{
    public abstract string Name { get; }

    /// <summary>The largest page this stream's query may ask for without exceeding Shopify's single-query cost limit.</summary>
    public abstract int MaxPageSize(ShopifyApiVersion version);

    public abstract Task<PageResult> ReadPageAsync(ShopifyApi api, int first, string? after, string? filter, CancellationToken cancellationToken);

    public abstract string BulkQuery(ShopifyApiVersion version, string? filter);
}
