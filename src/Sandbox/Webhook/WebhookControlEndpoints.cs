using System.Text.Json;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Webhook;

/// <summary>
/// <c>/_sandbox/webhook/...</c>: the accepted deliveries (bodies inlined as JSON), the knobs, and a reset; beside the
/// common faults, counters and received log.
/// </summary>
internal static class WebhookControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, WebhookEmulator webhook)
    {
        VendorControlEndpoints.Map(endpoints, webhook.Vendor);
        var group = endpoints.MapGroup("/_sandbox/" + WebhookEmulator.VendorName);

        group.MapGet("/settings", () => ControlResults.Json(webhook.Knobs));
        group.MapMethods("/settings", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            var start = HttpMethods.IsPut(http.Request.Method) ? new WebhookKnobs() : webhook.Knobs;
            var knobs = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(knobs.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            webhook.Knobs = knobs;
            return ControlResults.Json(knobs);
        });

        group.MapGet("/deliveries", (string? hook, string? receiver) => ControlResults.Json(webhook.Deliveries.All
            .Where(d => hook is null || d.Hook == hook)
            .Where(d => receiver is null || string.Equals(d.Receiver, receiver, StringComparison.OrdinalIgnoreCase))
            .Select(d => new { d.Id, d.Receiver, d.Hook, d.DeliveryId, d.Timestamp, d.Verified, d.At, d.Repeats, d.Headers, body = Inline(d.Body) })));

        group.MapDelete("/data", () =>
        {
            webhook.Clear();
            return Results.NoContent();
        });
    }

    private static object Inline(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
