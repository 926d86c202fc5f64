using System.Text.Json;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Zendesk;

/// <summary>
/// <c>/_sandbox/zendesk/...</c>: what the account holds (users, tickets with comments, jobs), ticket status changes
/// an agent would make, the rate window, the knobs, and a reset.
/// </summary>
internal static class ZendeskControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, ZendeskEmulator zendesk)
    {
        VendorControlEndpoints.Map(endpoints, zendesk.Vendor);
        var group = endpoints.MapGroup("/_sandbox/" + ZendeskEmulator.VendorName);
        var store = zendesk.Store;

        group.MapGet("/settings", () => ControlResults.Json(zendesk.Knobs));
        group.MapMethods("/settings", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            var start = HttpMethods.IsPut(http.Request.Method) ? zendesk.Options.Knobs : zendesk.Knobs;
            var knobs = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(knobs.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            zendesk.Knobs = knobs;
            return ControlResults.Json(knobs);
        });

        group.MapGet("/users", () => ControlResults.Json(store.Users));
        group.MapGet("/users/{id:long}", (long id) => store.GetUser(id) is { } user
            ? ControlResults.Json(user) : ControlResults.Problem(StatusCodes.Status404NotFound, $"user {id} does not exist"));
        group.MapGet("/tickets", (string? externalId) =>
            ControlResults.Json(externalId is null ? store.Tickets : store.TicketsByExternalId(externalId)));
        group.MapGet("/tickets/{id:long}", (long id) => store.GetTicket(id) is { } ticket
            ? ControlResults.Json(ticket) : ControlResults.Problem(StatusCodes.Status404NotFound, $"ticket {id} does not exist"));
        group.MapMethods("/tickets/{id:long}", ["PATCH", "PUT"], (long id, TicketStatusChange change) =>
        {
            try
            {
                return ControlResults.Json(store.SetTicketStatus(id, change.Status ?? ""));
            }
            catch (KeyNotFoundException e)
            {
                return ControlResults.Problem(StatusCodes.Status404NotFound, e.Message);
            }
            catch (ArgumentException e)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, e.Message);
            }
        });

        group.MapGet("/jobs", () => ControlResults.Json(zendesk.Jobs.All.Select(j => new
        {
            j.Id,
            j.Kind,
            status = j.StatusAt(zendesk.Clock.GetUtcNow(), zendesk.Knobs),
            j.Polls,
            j.CreatedAt,
            j.Results,
        })));

        group.MapGet("/ratelimit", () =>
        {
            var knobs = zendesk.Knobs;
            var window = zendesk.Rate.Peek(knobs.EffectiveRequestsPerMinute);
            return ControlResults.Json(new { window.Limit, window.Remaining, window.ResetSeconds, enforced = knobs.RateLimitEnabled });
        });
        group.MapDelete("/ratelimit", () =>
        {
            zendesk.ResetRateLimit();
            return Results.NoContent();
        });

        group.MapDelete("/data", () =>
        {
            zendesk.Clear();
            return Results.NoContent();
        });
    }
}
