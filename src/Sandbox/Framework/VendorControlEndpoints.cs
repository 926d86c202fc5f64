using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Framework;

/// <summary>The control endpoints every vendor has: <c>/_sandbox/{vendor}/faults</c>, <c>/counters</c>, <c>/received</c>.</summary>
public static class VendorControlEndpoints
{
    /// <summary>Maps the vendor's fault, counter and received-log endpoints under <c>/_sandbox/{vendor}</c>.</summary>
    public static void Map(IEndpointRouteBuilder endpoints, SandboxVendor vendor)
    {
        var group = endpoints.MapGroup("/_sandbox/" + vendor.Name);
        group.MapGet("/faults", () => ControlResults.Json(vendor.Faults.Current));
        group.MapMethods("/faults", ["PUT", "PATCH", "POST"], (HttpContext http, JsonElement body) =>
        {
            // PUT replaces every knob; PATCH and POST change only the ones given.
            var start = HttpMethods.IsPut(http.Request.Method) ? FaultSettings.None : vendor.Faults.Current;
            var settings = SandboxJson.MergePatch(start, body, out var unknown);
            var errors = unknown.Concat(settings.Validate()).ToList();
            if (errors.Count > 0)
            {
                return ControlResults.Problem(StatusCodes.Status400BadRequest, errors);
            }

            vendor.Faults.Set(settings);
            return ControlResults.Json(vendor.Faults.Current);
        });
        group.MapDelete("/faults", () =>
        {
            vendor.Faults.Reset();
            return ControlResults.Json(vendor.Faults.Current);
        });
        group.MapGet("/counters", () => ControlResults.Json(vendor.Counters.Snapshot()));
        group.MapDelete("/counters", () =>
        {
            vendor.Counters.Reset();
            return Results.NoContent();
        });
        group.MapGet("/received", () => ControlResults.Json(vendor.Received.Items.Select(Describe)));
        group.MapDelete("/received", () =>
        {
            vendor.Received.Clear();
            return Results.NoContent();
        });
    }

    /// <summary>A received item with its body inlined as JSON when it is JSON.</summary>
    private static object Describe(ReceivedItem item)
    {
        object body = item.Body;
        try
        {
            body = JsonDocument.Parse(item.Body).RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON: keep the text.
        }

        return new { item.Sequence, item.At, item.Method, item.Path, item.Headers, body };
    }
}
