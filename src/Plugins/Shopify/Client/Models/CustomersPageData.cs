namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>data</c> of the CustomersPage query.</summary>
internal sealed class CustomersPageData
{
    public Connection<CustomerNode>? Customers { get; init; }
}
