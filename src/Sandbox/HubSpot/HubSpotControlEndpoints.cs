using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.HubSpot.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.HubSpot;

/// <summary>
/// <c>/_sandbox/hubspot/...</c>: what the account holds (contacts, notes with associations, properties), the rate
/// windows, the HubSpot knobs, and a reset; beside the common faults, counters and received log.
/// </summary>
internal static class HubSpotControlEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, HubSpotEmulator hubspot)
    {
        VendorControlEndpoints.Map(endpoints, hubspot.Vendor);
        var group = endpoints.MapGroup("/_sandbox/hubspot");
        var store = hubspot.Store;

        group.MapGet("/settings", () => ControlResults.Json(hubspot.Knobs));
        group.MapMethods("/settings", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            var start = HttpMethods.IsPut(http.Request.Method) ? new HubSpotKnobs() : hubspot.Knobs;
            var knobs = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(knobs.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            hubspot.Knobs = knobs;
            return ControlResults.Json(knobs);
        });

        group.MapGet("/contacts", () => ControlResults.Json(store.Contacts));
        group.MapGet("/contacts/{id}", (string id) => Found(store.Get(HubSpotObjectTypes.Contacts, id), "contact", id));
        group.MapGet("/notes", () => ControlResults.Json(store.Notes));
        group.MapGet("/notes/{id}", (string id) => Found(store.Get(HubSpotObjectTypes.Notes, id), "note", id));
        group.MapGet("/properties/{objectType}", (string objectType) => HubSpotObjectTypes.Normalize(objectType) is { } type
            ? ControlResults.Json(store.Properties(type))
            : ControlResults.Problem(StatusCodes.Status404NotFound, $"the sandbox serves contacts and notes, not '{objectType}'"));

        group.MapGet("/limits", (string? token) => ControlResults.Json(hubspot.GetRateLimitStatus(token)));
        group.MapDelete("/limits", () =>
        {
            hubspot.Limits.Reset();
            return Results.NoContent();
        });

        // Keeps custom property definitions unless ?properties=true, so a test can start over without setting them up again.
        group.MapDelete("/data", (bool? properties) =>
        {
            store.Reset(keepProperties: properties != true);
            return Results.NoContent();
        });
    }

    private static IResult Found(HubSpotRecord? record, string what, string id) =>
        record is null ? ControlResults.Problem(StatusCodes.Status404NotFound, $"{what} {id} does not exist") : ControlResults.Json(record);
}
