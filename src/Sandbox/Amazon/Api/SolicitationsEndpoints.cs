using System.Text.Json.Nodes;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// Solicitations v1: the actions of an order (HAL; the one action only while the order is shipped, inside its window
/// and not yet asked) and sending the request, once per order, or 403 <c>Unauthorized</c> as Amazon answers.
/// </summary>
internal static class SolicitationsEndpoints
{
    private const string Prefix = "/solicitations/v1/orders/{amazonOrderId}";
    private const string Action = "productReviewAndSellerFeedback";

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon)
    {
        AmazonRoutes.Map(endpoints, amazon, "GET", Prefix, "getSolicitationActionsForOrder", x => Checked(x, amazon, (order, marketplace) =>
        {
            var self = $"/solicitations/v1/orders/{order.AmazonOrderId}?marketplaceIds={marketplace}";
            var eligible = order.InSolicitationWindow(x.Now) && !amazon.Solicitations.WasSent(order.AmazonOrderId);
            var actions = new JsonArray();
            var embedded = new JsonArray();
            if (eligible)
            {
                var href = $"/solicitations/v1/orders/{order.AmazonOrderId}/solicitations/{Action}?marketplaceIds={marketplace}";
                actions.Add(new JsonObject { ["href"] = href, ["name"] = Action });
                embedded.Add(new JsonObject
                {
                    ["_links"] = new JsonObject
                    {
                        ["self"] = new JsonObject { ["href"] = href, ["name"] = Action },
                        ["schema"] = new JsonObject { ["href"] = $"/solicitations/v1/orders/{order.AmazonOrderId}/solicitations/{Action}/schema", ["name"] = Action },
                    },
                });
            }

            return AmazonAnswers.Ok(new JsonObject
            {
                ["_links"] = new JsonObject { ["actions"] = actions, ["self"] = new JsonObject { ["href"] = self } },
                ["_embedded"] = new JsonObject { ["actions"] = embedded },
            }, contentType: AmazonAnswers.Hal);
        }));
        AmazonRoutes.Map(endpoints, amazon, "POST", Prefix + "/solicitations/" + Action, "createProductReviewAndSellerFeedbackSolicitation", x => Checked(x, amazon, (order, _) =>
        {
            if (!order.InSolicitationWindow(x.Now))
            {
                amazon.Vendor.Counters.Increment("solicitationsRefused");
                return AmazonAnswers.Error(StatusCodes.Status403Forbidden, "Unauthorized",
                    "You can’t use this feature to request a review outside the 5-30 day range after the order delivery date.");
            }

            if (!amazon.Solicitations.TrySend(order.AmazonOrderId, x.Now))
            {
                amazon.Vendor.Counters.Increment("solicitationsRefused");
                return AmazonAnswers.Error(StatusCodes.Status403Forbidden, "Unauthorized", "The requested solicitation is not available for this amazonOrderId.");
            }

            amazon.Vendor.Counters.Increment("solicitationsSent");
            return AmazonAnswers.Ok(new JsonObject(), StatusCodes.Status201Created);
        }));
    }

    private static VendorAnswer Checked(VendorExchange x, AmazonEmulator amazon, Func<AmazonOrder, string, VendorAnswer> answer)
    {
        var marketplaces = x.List("marketplaceIds");
        if (marketplaces.Count != 1)
        {
            return AmazonAnswers.InvalidInput("marketplaceIds must name exactly one marketplace.");
        }

        var id = x.Route("amazonOrderId");
        if (amazon.Orders.Find(id) is not { } order || order.Marketplace.Id != marketplaces[0])
        {
            return AmazonAnswers.NotFound($"Order {id} was not found in marketplace {marketplaces[0]}.");
        }

        return answer(order, marketplaces[0]);
    }
}
