namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>data</c> of the OrdersPage query.</summary>
internal sealed class OrdersPageData
{
    public Connection<OrderNode>? Orders { get; init; }
}
