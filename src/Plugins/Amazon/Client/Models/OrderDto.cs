namespace Connectors.Plugins.Amazon.Client.Models;

/// <summary>The parts of an Orders v0 order the source maps; buyer fields only with a Restricted Data Token.</summary>
internal sealed record OrderDto(
    string AmazonOrderId,
    string MarketplaceId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    string? OrderStatus,
    string? BuyerEmail,
    string? BuyerName,
    string? ShippingName,
    string? Phone,
    string? City,
    string? CountryCode,
    DateTimeOffset? EarliestDeliveryDate = null,
    DateTimeOffset? LatestDeliveryDate = null);
