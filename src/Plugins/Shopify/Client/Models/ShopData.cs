namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>data</c> of the Shop query.</summary>
internal sealed class ShopData
{
    public ShopDto? Shop { get; init; }
}
