using Connectors.Abstractions;
using Connectors.Host.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The host's HTTP surface: signed webhooks per connector (and the vendors' checks of the URL) and a health probe.</summary>
public static class WebEndpoints
{
    // Vendors' deliveries are small; a larger body is refused before it is read into memory.
    private const long MaxWebhookBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapConnectorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        endpoints.MapPost("/webhooks/{connector}", ReceiveAsync);
        endpoints.MapGet("/webhooks/{connector}", Challenge);
        return endpoints;
    }

    /// <summary>The vendor's check of the callback URL (Meta's verification GET), answered by the connector's plugin.</summary>
    private static IResult Challenge(string connector, HttpRequest http, WebhookReceiver receiver)
    {
        var query = http.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return receiver.Challenge(connector, query) switch
        {
            { } answer => Results.Text(answer, "text/plain", statusCode: StatusCodes.Status200OK),
            null => Results.StatusCode(StatusCodes.Status403Forbidden),
        };
    }

    private static async Task<IResult> ReceiveAsync(string connector, HttpRequest http, WebhookReceiver receiver, CancellationToken ct)
    {
        if (http.ContentLength > MaxWebhookBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, ct);
        if (body.Length > MaxWebhookBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var headers = http.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var outcome = await receiver.ReceiveAsync(connector, new WebhookRequest(headers, body.ToArray()), ct);
        return Results.Json(new { result = outcome.Result, records = outcome.Records }, statusCode: outcome.StatusCode);
    }
}
