using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>Orders v0 shapes (PascalCase, <c>payload</c> wrapper), PII only when the caller's RDT grants it.</summary>
internal sealed class OrderJsonV0(SandboxPeople people, AmazonBuyers buyers)
{
    public JsonObject Order(AmazonOrder order, bool buyerInfo, bool shippingAddress)
    {
        var shipped = order.Lines.Sum(l => l.Quantity);
        var json = new JsonObject
        {
            ["AmazonOrderId"] = order.AmazonOrderId,
            ["PurchaseDate"] = AmazonAnswers.Time(order.PurchaseDate),
            ["LastUpdateDate"] = AmazonAnswers.Time(order.LastUpdateDate),
            ["OrderStatus"] = order.Status.ToString(),
            ["FulfillmentChannel"] = order.FulfilledByAmazon ? "AFN" : "MFN",
            ["SalesChannel"] = order.Marketplace.Domain,
            ["ShipServiceLevel"] = order.IsPrime ? "Expedited" : "Std Domestic",
            ["OrderTotal"] = Money(order.Total, order.Marketplace),
            ["NumberOfItemsShipped"] = order.Status == AmazonOrderStatus.Shipped ? shipped : 0,
            ["NumberOfItemsUnshipped"] = order.Status == AmazonOrderStatus.Shipped ? 0 : shipped,
            ["PaymentMethod"] = "Other",
            ["PaymentMethodDetails"] = new JsonArray("Standard"),
            ["MarketplaceId"] = order.Marketplace.Id,
            ["ShipmentServiceLevelCategory"] = order.IsPrime ? "Expedited" : "Standard",
            ["OrderType"] = "StandardOrder",
            ["EarliestShipDate"] = AmazonAnswers.Time(order.PurchaseDate),
            ["LatestShipDate"] = AmazonAnswers.Time(order.PurchaseDate.AddDays(2)),
            ["EarliestDeliveryDate"] = AmazonAnswers.Time(order.EarliestDeliveryDate),
            ["LatestDeliveryDate"] = AmazonAnswers.Time(order.LatestDeliveryDate),
            ["IsBusinessOrder"] = false,
            ["IsPrime"] = order.IsPrime,
            ["IsPremiumOrder"] = false,
            ["IsGlobalExpressEnabled"] = false,
            ["IsReplacementOrder"] = false,
            ["IsSoldByAB"] = false,
            ["IsISPU"] = false,
            ["IsAccessPointOrder"] = false,
            ["HasRegulatedItems"] = false,
            ["ShippingAddress"] = Address(order, shippingAddress),
        };
        if (buyerInfo)
        {
            json["BuyerInfo"] = BuyerInfo(order);
        }

        return json;
    }

    public JsonObject BuyerInfo(AmazonOrder order)
    {
        var person = people.Get(order.BuyerIndex);
        return new JsonObject { ["BuyerEmail"] = buyers.Email(person, order.Marketplace), ["BuyerName"] = AmazonBuyers.Name(person) };
    }

    /// <summary>The shipping address: without <paramref name="full"/> only the parts that are not PII, as Amazon answers.</summary>
    public JsonObject Address(AmazonOrder order, bool full)
    {
        var person = people.Get(order.BuyerIndex);
        var address = new JsonObject();
        if (full)
        {
            address["Name"] = AmazonBuyers.Name(person);
            address["AddressLine1"] = buyers.AddressLine1(person);
        }

        address["City"] = person.City;
        address["PostalCode"] = buyers.PostalCode(person);
        address["CountryCode"] = person.CountryCode;
        if (full && buyers.Phone(person) is { } phone)
        {
            address["Phone"] = phone;
        }

        address["AddressType"] = "Residential";
        return address;
    }

    public static JsonObject Items(AmazonOrder order) => new()
    {
        ["AmazonOrderId"] = order.AmazonOrderId,
        ["OrderItems"] = new JsonArray([.. order.Lines.Select(l => (JsonNode)new JsonObject
        {
            ["ASIN"] = l.Product.Asin,
            ["SellerSKU"] = l.Product.Sku,
            ["OrderItemId"] = l.OrderItemId,
            ["Title"] = l.Product.Title,
            ["QuantityOrdered"] = l.Quantity,
            ["QuantityShipped"] = order.Status == AmazonOrderStatus.Shipped ? l.Quantity : 0,
            ["ItemPrice"] = Money(l.Product.Price * l.Quantity, order.Marketplace),
            ["IsGift"] = "false",
            ["ConditionId"] = "New",
            ["ConditionSubtypeId"] = "New",
        })]),
    };

    /// <summary>The amount in the marketplace's currency: catalogue prices are in the major unit, yen are whole.</summary>
    public static string Amount(decimal amount, Marketplace marketplace) => marketplace.Currency == "JPY"
        ? Math.Round(amount * 150m).ToString("0", CultureInfo.InvariantCulture)
        : amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static JsonObject Money(decimal amount, Marketplace marketplace) => new()
    {
        ["CurrencyCode"] = marketplace.Currency,
        ["Amount"] = Amount(amount, marketplace),
    };
}
