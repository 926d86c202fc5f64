namespace Connectors.Sandbox.Amazon.Data;

/// <summary>One item of an order.</summary>
/// <param name="OrderItemId">Amazon's order item id (14 digits).</param>
/// <param name="Product">The product.</param>
/// <param name="Quantity">Units ordered.</param>
public sealed record OrderLine(string OrderItemId, Product Product, int Quantity);
