namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>The shop's name.</summary>
internal sealed class ShopDto
{
    public string? Name { get; init; }
}
