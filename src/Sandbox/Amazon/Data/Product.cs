namespace Connectors.Sandbox.Amazon.Data;

/// <summary>One item of the seller's catalogue.</summary>
/// <param name="Index">Position in the catalogue.</param>
/// <param name="Asin">Amazon Standard Identification Number (<c>B0…</c>, 10 characters).</param>
/// <param name="Sku">The seller's SKU.</param>
/// <param name="Fnsku">Fulfilment network SKU (FBA label).</param>
/// <param name="Title">Product name.</param>
/// <param name="Price">Unit price in the marketplace's major unit (yen are whole).</param>
public sealed record Product(int Index, string Asin, string Sku, string Fnsku, string Title, decimal Price);
