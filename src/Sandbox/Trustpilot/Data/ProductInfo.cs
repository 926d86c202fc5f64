namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>A product of the shop as Trustpilot knows it.</summary>
/// <param name="Id">Trustpilot's product id.</param>
/// <param name="Sku">The shop's SKU.</param>
/// <param name="Name">Product name.</param>
/// <param name="ProductUrl">The product page.</param>
public sealed record ProductInfo(string Id, string Sku, string Name, string ProductUrl);
