using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>Orders 2026-01-01: searchOrders (camelCase filters, <c>paginationToken</c>, <c>includedData</c>) and getOrder.</summary>
internal static class OrdersEndpoints
{
    private const string Prefix = "/orders/2026-01-01/orders";

    private static readonly HashSet<string> Datasets = new(StringComparer.Ordinal)
    {
        "BUYER", "RECIPIENT", "PROCEEDS", "EXPENSE", "PROMOTION", "CANCELLATION", "FULFILLMENT", "PACKAGES", "TAX", "PAYMENT", "FULFILLMENT_ORDERS",
    };

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon)
    {
        var json = amazon.OrderJson2026;
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix, "searchOrders", x =>
        {
            if (Included(x) is not { } included)
            {
                return AmazonAnswers.InvalidInput("Invalid includedData value.", "Possible values: " + string.Join(", ", Datasets.Order(StringComparer.Ordinal)));
            }

            var (query, page, next, error) = OrderSearch.Run(x, amazon, v0: false);
            if (error is not null)
            {
                return error;
            }

            var pii = PiiAccess.Grants(x, "", elementImplied: true);
            var body = new JsonObject
            {
                ["orders"] = new JsonArray([.. page!.Orders.Select(o => (JsonNode)json.Order(o, included, pii))]),
            };
            if (next is not null)
            {
                body["pagination"] = new JsonObject { ["nextToken"] = next };
            }

            body[query!.ByUpdate ? "lastUpdatedBefore" : "createdBefore"] = AmazonAnswers.Time(query.Before);
            return AmazonAnswers.Ok(body);
        });
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix + "/{orderId}", "getOrder2026", x =>
        {
            if (Included(x) is not { } included)
            {
                return AmazonAnswers.InvalidInput("Invalid includedData value.");
            }

            var id = x.Route("orderId");
            return amazon.Orders.Find(id) is { } order
                ? AmazonAnswers.Ok(new JsonObject { ["order"] = json.Order(order, included, PiiAccess.Grants(x, "", elementImplied: true)) })
                : AmazonAnswers.NotFound($"Order {id} was not found.");
        });
    }

    private static IReadOnlyList<string>? Included(VendorExchange x)
    {
        var included = x.List("includedData");
        return included.All(Datasets.Contains) ? included : null;
    }
}
