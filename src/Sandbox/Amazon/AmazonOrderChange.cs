namespace Connectors.Sandbox.Amazon;

/// <summary>Body of <c>POST /_sandbox/amazon/orders</c> (a new order) and <c>PATCH /_sandbox/amazon/orders/{id}</c> (its status).</summary>
/// <param name="PersonIndex">The buyer, a sandbox person index (new orders).</param>
/// <param name="MarketplaceId">Where it is placed (default amazon.com).</param>
/// <param name="PurchaseDate">When (default the sandbox time).</param>
/// <param name="Status">Pending, Unshipped, Shipped (default) or Canceled.</param>
/// <param name="FulfilledByAmazon">FBA (default true).</param>
/// <param name="DeliveredAt">When a shipped order arrived (default three days after purchase).</param>
public sealed record AmazonOrderChange(long? PersonIndex, string? MarketplaceId, DateTimeOffset? PurchaseDate, string? Status, bool? FulfilledByAmazon, DateTimeOffset? DeliveredAt);
