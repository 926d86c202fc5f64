using System.Text.Json.Nodes;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>Orders 2026-01-01 shapes (camelCase): the datasets asked for in <c>includedData</c>; buyer and recipient PII only with an RDT.</summary>
internal sealed class OrderJson2026(SandboxPeople people, AmazonBuyers buyers)
{
    public JsonObject Order(AmazonOrder order, IReadOnlyList<string> included, bool pii)
    {
        var person = people.Get(order.BuyerIndex);
        var json = new JsonObject
        {
            ["orderId"] = order.AmazonOrderId,
            ["createdTime"] = AmazonAnswers.Time(order.PurchaseDate),
            ["lastUpdatedTime"] = AmazonAnswers.Time(order.LastUpdateDate),
            ["programs"] = order.IsPrime ? new JsonArray("PRIME") : new JsonArray(),
            ["salesChannel"] = new JsonObject
            {
                ["channelName"] = "AMAZON",
                ["marketplaceId"] = order.Marketplace.Id,
                ["marketplaceName"] = order.Marketplace.Domain,
            },
        };
        if (pii && included.Contains("BUYER"))
        {
            json["buyer"] = new JsonObject { ["buyerName"] = AmazonBuyers.Name(person), ["buyerEmail"] = buyers.Email(person, order.Marketplace) };
        }

        if (included.Contains("RECIPIENT"))
        {
            var address = new JsonObject();
            if (pii)
            {
                address["name"] = AmazonBuyers.Name(person);
                address["addressLine1"] = buyers.AddressLine1(person);
            }

            address["city"] = person.City;
            address["postalCode"] = buyers.PostalCode(person);
            address["countryCode"] = person.CountryCode;
            if (pii && buyers.Phone(person) is { } phone)
            {
                address["phone"] = phone;
            }

            json["recipient"] = new JsonObject { ["deliveryAddress"] = address };
        }

        if (included.Contains("PROCEEDS"))
        {
            json["proceeds"] = new JsonObject { ["grandTotal"] = Money(order.Total, order.Marketplace) };
        }

        if (included.Contains("FULFILLMENT"))
        {
            json["fulfillment"] = new JsonObject
            {
                ["fulfillmentStatus"] = order.Status switch
                {
                    AmazonOrderStatus.Shipped => "SHIPPED",
                    AmazonOrderStatus.Canceled => "CANCELLED",
                    AmazonOrderStatus.Unshipped => "UNSHIPPED",
                    _ => "PENDING",
                },
                ["fulfilledBy"] = order.FulfilledByAmazon ? "AMAZON" : "MERCHANT",
                ["deliverByWindow"] = new JsonObject
                {
                    ["earliestDateTime"] = AmazonAnswers.Time(order.EarliestDeliveryDate),
                    ["latestDateTime"] = AmazonAnswers.Time(order.LatestDeliveryDate),
                },
            };
        }

        json["orderItems"] = new JsonArray([.. order.Lines.Select(l => (JsonNode)new JsonObject
        {
            ["orderItemId"] = l.OrderItemId,
            ["quantityOrdered"] = l.Quantity,
            ["product"] = new JsonObject
            {
                ["asin"] = l.Product.Asin,
                ["title"] = l.Product.Title,
                ["sellerSku"] = l.Product.Sku,
                ["condition"] = new JsonObject { ["conditionType"] = "NEW", ["conditionSubtype"] = "NEW" },
                ["price"] = new JsonObject { ["unitPrice"] = Money(l.Product.Price, order.Marketplace) },
            },
        })]);
        return json;
    }

    private static JsonObject Money(decimal amount, Marketplace marketplace) => new()
    {
        ["amount"] = OrderJsonV0.Amount(amount, marketplace),
        ["currencyCode"] = marketplace.Currency,
    };
}
