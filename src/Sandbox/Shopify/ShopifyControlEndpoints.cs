using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Shopify;

/// <summary>
/// <c>/_sandbox/shopify/...</c>: change data while a sync runs, turn Shopify knobs, inspect buckets and
/// bulk operations, download bulk results, configure and send webhooks.
/// </summary>
internal static class ShopifyControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, ShopifyEmulator shopify)
    {
        VendorControlEndpoints.Map(endpoints, shopify.Vendor);
        var group = endpoints.MapGroup("/_sandbox/shopify");
        var store = shopify.Store;

        group.MapGet("/settings", () => ControlResults.Json(shopify.Knobs));
        group.MapMethods("/settings", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            var start = HttpMethods.IsPut(http.Request.Method) ? shopify.Options.Knobs : shopify.Knobs;
            var knobs = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(knobs.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            shopify.Knobs = knobs;
            return ControlResults.Json(knobs);
        });

        group.MapPost("/customers", (CustomerChange change) => Change(() => ControlResults.Json(store.CreateCustomer(change), StatusCodes.Status201Created)));
        group.MapGet("/customers/{id}", (string id) => Id(id, "Customer") is { } n && store.GetCustomer(n) is { } c
            ? ControlResults.Json(c) : ControlResults.Problem(StatusCodes.Status404NotFound, $"customer {id} does not exist"));
        group.MapMethods("/customers/{id}", ["PATCH", "PUT"], (string id, CustomerChange change) =>
            Change(() => ControlResults.Json(store.UpdateCustomer(Id(id, "Customer") ?? -1, change))));
        group.MapPost("/orders", (OrderChange change) => Change(() => ControlResults.Json(store.CreateOrder(change), StatusCodes.Status201Created)));
        group.MapGet("/orders/{id}", (string id) => Id(id, "Order") is { } n && store.GetOrder(n) is { } o
            ? ControlResults.Json(o) : ControlResults.Problem(StatusCodes.Status404NotFound, $"order {id} does not exist"));
        group.MapMethods("/orders/{id}", ["PATCH", "PUT"], (string id, OrderChange change) =>
            Change(() => ControlResults.Json(store.UpdateOrder(Id(id, "Order") ?? -1, change))));

        group.MapGet("/throttle", (string? token) => ControlResults.Json(shopify.GetThrottleStatus(token)));
        group.MapDelete("/throttle", () =>
        {
            shopify.RefillThrottle();
            return Results.NoContent();
        });

        group.MapGet("/bulk", (HttpContext http) => ControlResults.Json(shopify.Bulk.All.Select(b => Describe(b, BaseUrl(http)))));
        group.MapGet("/bulk/{file}", async (HttpContext http, string file) =>
        {
            var name = file.EndsWith(".jsonl", StringComparison.Ordinal) ? file[..^6] : file;
            if (!long.TryParse(name, out var id) || shopify.Bulk.Get(id) is not { } operation
                || (operation.Url(BaseUrl(http)) ?? operation.PartialDataUrl(BaseUrl(http))) is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "application/jsonl";
            if (operation.FileSize is { } size)
            {
                http.Response.ContentLength = size;
            }

            await shopify.Bulk.WriteAsync(operation, http.Response.BodyWriter, BaseUrl(http), http.RequestAborted);
        });

        group.MapPost("/webhooks", (WebhookSubscription subscription) =>
        {
            shopify.Webhooks.Subscribe(subscription with { Secret = subscription.Secret ?? shopify.Options.WebhookSecret });
            return ControlResults.Json(shopify.Webhooks.Subscriptions, StatusCodes.Status201Created);
        });
        group.MapGet("/webhooks", () => ControlResults.Json(new { subscriptions = shopify.Webhooks.Subscriptions, deliveries = shopify.Webhooks.Deliveries }));
        group.MapDelete("/webhooks", () =>
        {
            shopify.Webhooks.Clear();
            return Results.NoContent();
        });
        group.MapGet("/webhooks/deliveries", () => ControlResults.Json(shopify.Webhooks.Deliveries));
        group.MapPost("/webhooks/send", async (WebhookSendRequest request, CancellationToken ct) =>
        {
            try
            {
                return ControlResults.Json(await shopify.Webhooks.SendAsync(request, ct));
            }
            catch (InvalidOperationException e)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, e.Message);
            }
        });
    }

    private static IResult Change(Func<IResult> apply)
    {
        try
        {
            return apply();
        }
        catch (KeyNotFoundException e)
        {
            return ControlResults.Problem(StatusCodes.Status404NotFound, e.Message);
        }
        catch (ArgumentException e)
        {
            return ControlResults.Problem(StatusCodes.Status400BadRequest, e.Message.Split("; "));
        }
    }

    private static long? Id(string value, string type) => ShopifyIds.Parse(Uri.UnescapeDataString(value), type);

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static object Describe(Bulk.BulkOperation b, string baseUrl) => new
    {
        id = b.Gid,
        b.Status,
        b.ErrorCode,
        b.CreatedAt,
        b.CompletedAt,
        b.ObjectCount,
        b.RootObjectCount,
        b.FileSize,
        url = b.Url(baseUrl),
        partialDataUrl = b.PartialDataUrl(baseUrl),
        b.Query,
    };
}
