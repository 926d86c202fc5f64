using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Amazon.Api;

/// <summary>
/// <c>POST /auth/o2/token</c>, Login with Amazon: the <c>refresh_token</c> grant gives a one-hour access token for the
/// seller; <c>client_credentials</c> (grantless) one for the application. Errors in OAuth's shape (the LWA error body is
/// not confirmed: sources.md).
/// </summary>
internal static class LwaEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, AmazonEmulator amazon) =>
        endpoints.MapPost(AmazonDefaults.TokenPath, VendorPipeline.Handler(amazon.Vendor, new LwaPolicy(amazon), exchange => Handle(exchange, amazon)));

    private static VendorAnswer Handle(VendorExchange exchange, AmazonEmulator amazon)
    {
        var form = Form(exchange);
        var options = amazon.Options;
        if (form.GetValueOrDefault("client_id") != options.ClientId || form.GetValueOrDefault("client_secret") != options.ClientSecret)
        {
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed");
        }

        switch (form.GetValueOrDefault("grant_type"))
        {
            case "refresh_token":
                var refresh = form.GetValueOrDefault("refresh_token");
                if (refresh is null || !options.RefreshTokens.Contains(refresh))
                {
                    return OAuthError(StatusCodes.Status400BadRequest, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
                }

                var token = amazon.Tokens.IssueAccessToken(refresh);
                return AmazonAnswers.Ok(new JsonObject
                {
                    ["access_token"] = token.Token,
                    ["refresh_token"] = refresh,
                    ["token_type"] = "bearer",
                    ["expires_in"] = AmazonDefaults.TokenLifetimeSeconds,
                });
            case "client_credentials":
                var grantless = amazon.Tokens.IssueAccessToken("grantless:" + options.ClientId);
                return AmazonAnswers.Ok(new JsonObject
                {
                    ["access_token"] = grantless.Token,
                    ["scope"] = form.GetValueOrDefault("scope") ?? "",
                    ["token_type"] = "bearer",
                    ["expires_in"] = AmazonDefaults.TokenLifetimeSeconds,
                });
            case null:
                return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "The request is missing a required parameter : grant_type");
            default:
                return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server");
        }
    }

    private static Dictionary<string, string> Form(VendorExchange exchange)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in exchange.BodyText.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString((cut < 0 ? pair : pair[..cut]).Replace('+', ' '));
            values[key] = cut < 0 ? "" : Uri.UnescapeDataString(pair[(cut + 1)..].Replace('+', ' '));
        }

        return values;
    }

    private static VendorAnswer OAuthError(int status, string error, string description) =>
        AmazonAnswers.Ok(new JsonObject { ["error_description"] = description, ["error"] = error }, status);

    /// <summary>LWA has no usage plan of the SP-API's; it still takes the fault knobs and answers with a request id.</summary>
    private sealed class LwaPolicy(AmazonEmulator amazon) : VendorPolicy
    {
        public override VendorAnswer InjectedThrottle(VendorExchange exchange) =>
            OAuthError(StatusCodes.Status429TooManyRequests, "server_error", "Too many requests");

        public override VendorAnswer Finish(VendorExchange exchange, VendorAnswer answer) =>
            answer.WithHeaders([new("x-amzn-RequestId", amazon.NextRequestId())]);
    }
}
