using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Meta.Data;
using Connectors.Sandbox.Meta.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Meta;

/// <summary>
/// <c>/_sandbox/meta/...</c>: the knobs (callback URL, pause, timeouts); the conversations and accepted sends; and the
/// webhook controls: verification handshake, seeded backlog, new messages now, forged and duplicate deliveries, attempts.
/// </summary>
internal static class MetaControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, MetaEmulator meta)
    {
        VendorControlEndpoints.Map(endpoints, meta.Vendor);
        var group = endpoints.MapGroup("/_sandbox/" + MetaEmulator.VendorName);

        group.MapGet("/settings", () => ControlResults.Json(meta.Knobs));
        group.MapMethods("/settings", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            var start = HttpMethods.IsPut(http.Request.Method) ? meta.Options.Knobs : meta.Knobs;
            var knobs = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(knobs.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            meta.Knobs = knobs;
            return ControlResults.Json(knobs);
        });

        group.MapGet("/conversations", (string? channel) => Enum.TryParse<MetaChannel>(channel ?? "", true, out var c)
            ? ControlResults.Json(meta.Inbox.Of(c).Select(Describe))
            : ControlResults.Json(meta.Inbox.Conversations.Select(Describe)));
        group.MapGet("/sends", () => ControlResults.Json(meta.Sends.All));
        group.MapDelete("/sends", () =>
        {
            meta.Sends.Clear();
            return Results.NoContent();
        });
        group.MapDelete("/limits", () =>
        {
            meta.RateWindow.Reset();
            return Results.NoContent();
        });
        group.MapGet("/limits", () => ControlResults.Json(meta.RateWindow.Usage()));

        var hooks = group.MapGroup("/webhooks");
        hooks.MapPost("/verify", async (HttpContext http, CancellationToken ct) =>
        {
            if (meta.Knobs.CallbackUrl is null)
            {
                return ControlResults.Problem(StatusCodes.Status409Conflict, "no callbackUrl configured: PATCH /_sandbox/meta/settings {\"callbackUrl\":\"…\"}");
            }

            return ControlResults.Json(await meta.Webhooks.VerifyAsync(http.Request.Query["verifyToken"].FirstOrDefault(), ct));
        });
        hooks.MapPost("/backlog", () => ControlResults.Json(Summary(meta.Webhooks.DeliverBacklog())));
        hooks.MapPost("/inbound", (int? count, string? channel) =>
        {
            MetaChannel? only = Enum.TryParse<MetaChannel>(channel ?? "", true, out var c) ? c : null;
            if (count is < 1 or > 10_000 || channel is not null && only is null)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, "count must be between 1 and 10000 and channel whatsapp, messenger or instagram");
            }

            return ControlResults.Json(meta.Webhooks.DeliverNewInbound(count ?? 1, only));
        });
        hooks.MapPost("/forged", (string? secret, string? signature) => ControlResults.Json(Describe(meta.Webhooks.SendForged(secret, signature), meta)));
        hooks.MapPost("/duplicate", (long? deliveryId) =>
        {
            try
            {
                return ControlResults.Json(Describe(meta.Webhooks.SendDuplicate(deliveryId), meta));
            }
            catch (KeyNotFoundException e)
            {
                return ControlResults.Problem(StatusCodes.Status404NotFound, e.Message);
            }
        });
        hooks.MapPost("/pause", () => SetPaused(meta, true));
        hooks.MapPost("/resume", () => SetPaused(meta, false));
        hooks.MapGet("/deliveries", () => ControlResults.Json(new
        {
            pending = meta.Webhooks.Pending,
            dropped = meta.Webhooks.Dropped,
            deliveries = meta.Webhooks.Deliveries.Select(d => Describe(d, meta)),
        }));
    }

    private static IResult SetPaused(MetaEmulator meta, bool paused)
    {
        meta.Knobs = meta.Knobs with { DeliveryPaused = paused };
        return ControlResults.Json(meta.Knobs);
    }

    private static object Summary(IReadOnlyList<MetaDelivery> deliveries) =>
        new { deliveries = deliveries.Count, events = deliveries.Sum(d => d.MessageIds.Count) };

    private static object Describe(MetaDelivery d, MetaEmulator meta) => new
    {
        d.Id,
        d.WebhookObject,
        d.Signature,
        d.MessageIds,
        d.Forged,
        d.DuplicateOf,
        body = JsonDocument.Parse(d.Body).RootElement.Clone(),
        attempts = meta.Webhooks.AttemptsOf(d.Id),
    };

    private static object Describe(MetaConversation c) => new
    {
        c.Id,
        channel = c.Channel.ToString(),
        c.Contact,
        c.UpdatedAt,
        c.LastInboundAt,
        c.Messages,
    };
}
