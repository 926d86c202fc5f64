using System.Text.Json.Nodes;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// Orders v0 (deprecated in the model, still served): getOrders, getOrder, getOrderItems, and the restricted
/// getOrderBuyerInfo and getOrderAddress, which need an RDT.
/// </summary>
internal static class OrdersV0Endpoints
{
    private const string Prefix = "/orders/v0/orders";

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon)
    {
        var json = amazon.OrderJsonV0;
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix, "getOrders", x =>
        {
            var (query, page, next, error) = OrderSearch.Run(x, amazon, v0: true);
            if (error is not null)
            {
                return error;
            }

            var buyer = PiiAccess.Grants(x, PiiAccess.BuyerInfo);
            var address = PiiAccess.Grants(x, PiiAccess.ShippingAddress);
            var payload = new JsonObject
            {
                ["Orders"] = new JsonArray([.. page!.Orders.Select(o => (JsonNode)json.Order(o, buyer, address))]),
            };
            if (next is not null)
            {
                payload["NextToken"] = next;
            }

            payload[query!.ByUpdate ? "LastUpdatedBefore" : "CreatedBefore"] = AmazonAnswers.Time(query.Before);
            return AmazonAnswers.Ok(new JsonObject { ["payload"] = payload });
        });
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/{orderId}", "getOrder", x => WithOrder(x, amazon, order =>
            new JsonObject { ["payload"] = json.Order(order, PiiAccess.Grants(x, PiiAccess.BuyerInfo), PiiAccess.Grants(x, PiiAccess.ShippingAddress)) }));
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/{orderId}/orderItems", "getOrderItems", x => WithOrder(x, amazon, order =>
            new JsonObject { ["payload"] = OrderJsonV0.Items(order) }));
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/{orderId}/buyerInfo", "getOrderBuyerInfo", x => WithOrder(x, amazon, order =>
        {
            var info = json.BuyerInfo(order);
            info.Insert(0, "AmazonOrderId", order.AmazonOrderId);
            return new JsonObject { ["payload"] = info };
        }), restrictedOnly: true);
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/{orderId}/address", "getOrderAddress", x => WithOrder(x, amazon, order =>
            new JsonObject { ["payload"] = new JsonObject { ["AmazonOrderId"] = order.AmazonOrderId, ["ShippingAddress"] = json.Address(order, full: true) } }),
            restrictedOnly: true);
    }

    private static VendorAnswer WithOrder(VendorExchange x, AmazonEmulator amazon, Func<AmazonOrder, JsonObject> answer)
    {
        var id = x.Route("orderId");
        return amazon.Orders.Find(id) is { } order ? AmazonAnswers.Ok(answer(order)) : AmazonAnswers.NotFound($"Order {id} was not found.");
    }
}
