using System.Text.Json;
using Connectors.Sandbox.Amazon.Api;
using Connectors.Sandbox.Amazon.Data;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon;

/// <summary>
/// <c>/_sandbox/amazon/...</c>: the knobs; orders to add or change; reports to inspect and force into a state; the
/// review requests sent; usage per operation; expiring every token now.
/// </summary>
internal static class AmazonControlEndpoints
{
    private static readonly HashSet<string> Statuses = new(StringComparer.Ordinal) { "IN_QUEUE", "IN_PROGRESS", "DONE", "CANCELLED", "FATAL" };

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon)
    {
        VendorControlEndpoints.Map(endpoints, amazon.Vendor);
        var group = endpoints.MapGroup("/_sandbox/" + AmazonEmulator.VendorName);

        group.MapGet("/settings", () => ControlResults.Json(amazon.Knobs));
        group.MapMethods("/settings", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            var start = HttpMethods.IsPut(http.Request.Method) ? amazon.Options.Knobs : amazon.Knobs;
            var knobs = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(knobs.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            amazon.Knobs = knobs;
            return ControlResults.Json(knobs);
        });

        group.MapGet("/orders/{id}", (string id) => amazon.Orders.Find(id) is { } order
            ? ControlResults.Json(Describe(amazon, order)) : ControlResults.Problem(StatusCodes.Status404NotFound, $"order {id} does not exist"));
        group.MapPost("/orders", (AmazonOrderChange change) =>
        {
            var marketplace = Marketplaces.Find(change.MarketplaceId ?? Marketplaces.US.Id);
            if (change.PersonIndex is not { } person || person < 0 || marketplace is null || change.Status is { } s && !Enum.TryParse<AmazonOrderStatus>(s, out _))
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest,
                    "personIndex (0 or more), a served marketplaceId and a status of Pending, Unshipped, Shipped or Canceled are needed");
            }

            var status = change.Status is null ? AmazonOrderStatus.Shipped : Enum.Parse<AmazonOrderStatus>(change.Status);
            var order = amazon.Orders.Add(person, marketplace, change.PurchaseDate, status, change.FulfilledByAmazon ?? true, change.DeliveredAt);
            return ControlResults.Json(Describe(amazon, order), StatusCodes.Status201Created);
        });
        group.MapMethods("/orders/{id}", ["PATCH", "PUT"], (string id, AmazonOrderChange change) =>
            change.Status is null || !Enum.TryParse<AmazonOrderStatus>(change.Status, out var status)
                ? ControlResults.Problem(StatusCodes.Status400BadRequest, "status must be Pending, Unshipped, Shipped or Canceled")
                : amazon.Orders.SetStatus(id, status) is { } order
                    ? ControlResults.Json(Describe(amazon, order))
                    : ControlResults.Problem(StatusCodes.Status404NotFound, $"order {id} does not exist"));

        group.MapGet("/reports", () => ControlResults.Json(amazon.Reports.All.Select(ReportsEndpoints.Json)));
        group.MapGet("/reports/{id}", (string id) => amazon.Reports.Find(id) is { } report
            ? ControlResults.Json(ReportsEndpoints.Json(report)) : ControlResults.Problem(StatusCodes.Status404NotFound, $"report {id} does not exist"));
        group.MapMethods("/reports/{id}", ["PUT", "PATCH"], (string id, ReportStatusChange change) =>
        {
            if (amazon.Reports.Find(id) is not { } report)
            {
                return ControlResults.Problem(StatusCodes.Status404NotFound, $"report {id} does not exist");
            }

            if (change.ProcessingStatus is not { } status || !Statuses.Contains(status))
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, "processingStatus must be IN_QUEUE, IN_PROGRESS, DONE, CANCELLED or FATAL");
            }

            amazon.Reports.Force(report, status);
            return ControlResults.Json(ReportsEndpoints.Json(report));
        });
        group.MapDelete("/reports/{id}/status", (string id) =>
        {
            if (amazon.Reports.Find(id) is not { } report)
            {
                return ControlResults.Problem(StatusCodes.Status404NotFound, $"report {id} does not exist");
            }

            amazon.Reports.Force(report, null);
            return ControlResults.Json(ReportsEndpoints.Json(report));
        });

        group.MapGet("/solicitations", () => ControlResults.Json(amazon.Solicitations.Sent));
        group.MapDelete("/solicitations", () =>
        {
            amazon.Solicitations.Clear();
            return Results.NoContent();
        });
        group.MapGet("/limits", () => ControlResults.Json(amazon.Buckets.Usage().ToDictionary(u => u.Key, u => new { taken = u.Value.Taken, refused = u.Value.Refused })));
        group.MapDelete("/limits", () =>
        {
            amazon.Buckets.Reset();
            return Results.NoContent();
        });
        group.MapPost("/tokens/expire", () =>
        {
            amazon.Tokens.ExpireAll();
            return Results.NoContent();
        });
    }

    private static object Describe(AmazonEmulator amazon, AmazonOrder order) => new
    {
        order.AmazonOrderId,
        marketplaceId = order.Marketplace.Id,
        order.BuyerIndex,
        order.PurchaseDate,
        order.LastUpdateDate,
        status = order.Status.ToString(),
        order.FulfilledByAmazon,
        order.DeliveredAt,
        order.EarliestDeliveryDate,
        order.LatestDeliveryDate,
        inSolicitationWindow = order.InSolicitationWindow(amazon.Clock.GetUtcNow()),
        solicited = amazon.Solicitations.WasSent(order.AmazonOrderId),
        items = order.Lines.Select(l => new { l.OrderItemId, l.Product.Asin, l.Product.Sku, l.Quantity }),
    };
}
