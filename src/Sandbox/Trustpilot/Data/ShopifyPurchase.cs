namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>A Shopify order of a seeded customer that a Trustpilot invitation followed.</summary>
/// <param name="CustomerIndex">The customer's (and the person's) index.</param>
/// <param name="OrderId">The Shopify order's numeric id (the invitation's reference id).</param>
/// <param name="OrderedAt">When the order was placed.</param>
internal readonly record struct ShopifyPurchase(int CustomerIndex, long OrderId, DateTimeOffset OrderedAt);
