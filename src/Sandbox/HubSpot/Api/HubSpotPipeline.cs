using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>
/// HubSpot's endpoints behind the framework pipeline (<see cref="HubSpotPolicy"/> words the refusals): the body parsed
/// as JSON, the endpoint's work, then maybe a lost answer to a write that was done.
/// </summary>
internal static class HubSpotPipeline
{
    private static readonly byte[] LostAnswer = Encoding.UTF8.GetBytes(
        "<html><head><title>502 Bad Gateway</title></head><body>the origin closed the connection</body></html>");

    public static Task HandleAsync(HttpContext http, HubSpotEmulator hubspot, bool search, Func<JsonElement?, ApiAnswer> handle) =>
        VendorPipeline.RunAsync(http, hubspot.Vendor, search ? hubspot.SearchPolicy : hubspot.Policy, exchange => Answer(exchange, hubspot, handle));

    /// <summary>A 4xx answer in HubSpot's error shape.</summary>
    public static ApiAnswer Error(HubSpotEmulator hubspot, Data.ApiError error) =>
        new(error.Status, HubSpotJson.Error(error, hubspot.NextCorrelationId()));

    /// <summary>A HubSpot JSON answer.</summary>
    public static VendorAnswer Json(int status, JsonNode body) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(body, HubSpotJson.Options), "application/json;charset=utf-8");

    private static VendorAnswer Answer(VendorExchange exchange, HubSpotEmulator hubspot, Func<JsonElement?, ApiAnswer> handle)
    {
        JsonElement? json = null;
        if (exchange.Body.Length > 0)
        {
            try
            {
                json = JsonDocument.Parse(exchange.BodyText).RootElement.Clone();
            }
            catch (JsonException ex)
            {
                var error = Data.ApiError.Validation($"Invalid input JSON on line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}: {ex.Message}");
                return Json(StatusCodes.Status400BadRequest, HubSpotJson.Error(error, hubspot.NextCorrelationId()));
            }
        }

        var answer = handle(json);
        if (answer.Status is >= 200 and < 300 && answer.Write && hubspot.TryLoseWrite(exchange.Http.Request.Path.Value ?? ""))
        {
            // The write is done; only its answer goes missing, as when a proxy drops the connection on the way back.
            hubspot.Vendor.Counters.Increment("lostResponses");
            return new VendorAnswer(StatusCodes.Status502BadGateway, LostAnswer, "text/html");
        }

        return Json(answer.Status, answer.Body);
    }
}
