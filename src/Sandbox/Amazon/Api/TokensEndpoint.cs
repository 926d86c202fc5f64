using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Amazon.Auth;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// Tokens API 2021-03-01 <c>createRestrictedDataToken</c>: an RDT for the restricted resources named (the Orders
/// operations that return buyer PII), valid an hour; it then replaces the access token on exactly those calls.
/// </summary>
internal static class TokensEndpoint
{
    private static readonly RestrictedResource[] Restricted =
    [
        new("GET", "/orders/v0/orders", []),
        new("GET", "/orders/v0/orders/{orderId}", []),
        new("GET", "/orders/v0/orders/{orderId}/buyerInfo", []),
        new("GET", "/orders/v0/orders/{orderId}/address", []),
        new("GET", "/orders/v0/orders/{orderId}/orderItems", []),
        new("GET", "/orders/2026-01-01/orders", []),
        new("GET", "/orders/2026-01-01/orders/{orderId}", []),
    ];

    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon) =>
        AmazonRoutes.Map(endpoints, amazon, "POST", "/tokens/2021-03-01/restrictedDataToken", "createRestrictedDataToken", exchange => Handle(exchange, amazon));

    private static VendorAnswer Handle(VendorExchange exchange, AmazonEmulator amazon)
    {
        var token = exchange.Token();
        if (token.IsRestricted)
        {
            return AmazonAnswers.Denied();
        }

        JsonElement body;
        try
        {
            body = JsonDocument.Parse(exchange.Body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return AmazonAnswers.Error(400, "InvalidRequest", "Request is missing or has invalid parameters", "The body is not JSON.");
        }

        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("restrictedResources", out var list)
            || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return AmazonAnswers.Error(400, "InvalidRequest", "Request is missing or has invalid parameters", "Resource not provided.");
        }

        var resources = new List<RestrictedResource>();
        foreach (var item in list.EnumerateArray())
        {
            var method = item.TryGetProperty("method", out var m) ? m.GetString() ?? "" : "";
            var path = item.TryGetProperty("path", out var p) ? p.GetString() ?? "" : "";
            var elements = item.TryGetProperty("dataElements", out var d) && d.ValueKind == JsonValueKind.Array
                ? d.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
                : [];
            if (!Restricted.Any(r => r.Covers(method, path)))
            {
                return AmazonAnswers.Error(400, "InvalidRequest", "Request is missing or has invalid parameters", $"{method} {path} is not a restricted resource.");
            }

            resources.Add(new RestrictedResource(method.ToUpperInvariant(), path, elements));
        }

        if (resources.Count > 50)
        {
            return AmazonAnswers.Error(400, "InvalidRequest", "Request is missing or has invalid parameters", "At most 50 restricted resources.");
        }

        var rdt = amazon.Tokens.IssueRestricted(token.Seller, resources);
        return AmazonAnswers.Ok(new JsonObject { ["restrictedDataToken"] = rdt.Token, ["expiresIn"] = AmazonDefaults.TokenLifetimeSeconds });
    }
}
