using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework.Pipeline;
using Connectors.Sandbox.Trustpilot.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

namespace Connectors.Sandbox.Trustpilot.Api;

/// <summary>
/// The business-user token endpoints: <c>accesstoken</c> with the <c>client_credentials</c> grant (no refresh token) or
/// the <c>password</c> grant (a refresh token too), and <c>refresh</c> with <c>grant_type=refresh_token</c>, refused with
/// 429 when the application refreshes more than <c>RefreshesPerMinute</c> times a minute. <c>expires_in</c> is a string.
/// </summary>
internal static class TokenEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints, TrustpilotEmulator trustpilot)
    {
        var policy = new TrustpilotPolicy(trustpilot, TrustpilotAuth.Client);
        endpoints.MapPost(TrustpilotDefaults.TokenPath, VendorPipeline.Handler(trustpilot.Vendor, policy, x => AccessToken(x, trustpilot)));
        endpoints.MapPost(TrustpilotDefaults.RefreshPath, VendorPipeline.Handler(trustpilot.Vendor, policy, x => Refresh(x, trustpilot)));
    }

    private static VendorAnswer AccessToken(VendorExchange x, TrustpilotEmulator trustpilot)
    {
        var form = QueryHelpers.ParseQuery(x.BodyText);
        var apiKey = (string)x.Items[TrustpilotPolicy.ApiKeyItem]!;
        switch (form.TryGetValue("grant_type", out var grant) ? grant.ToString() : null)
        {
            case "client_credentials":
                return Answer(trustpilot.Tokens.Issue(apiKey, withRefresh: false, trustpilot.Knobs), x.Now);
            case "password":
                if (form.GetValueOrDefault("username").ToString() != trustpilot.Options.Username || form.GetValueOrDefault("password").ToString() != trustpilot.Options.Password)
                {
                    return TrustpilotAnswers.OAuthError(StatusCodes.Status401Unauthorized, "invalid_grant", "Invalid username or password");
                }

                return Answer(trustpilot.Tokens.Issue(apiKey, withRefresh: true, trustpilot.Knobs), x.Now);
            case null or "":
                return TrustpilotAnswers.OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "grant_type is required");
            default:
                return TrustpilotAnswers.OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Supported grant types: client_credentials, password");
        }
    }

    private static VendorAnswer Refresh(VendorExchange x, TrustpilotEmulator trustpilot)
    {
        var form = QueryHelpers.ParseQuery(x.BodyText);
        if (form.GetValueOrDefault("grant_type").ToString() != "refresh_token")
        {
            return TrustpilotAnswers.OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "grant_type must be refresh_token");
        }

        var apiKey = (string)x.Items[TrustpilotPolicy.ApiKeyItem]!;
        if (!trustpilot.Refreshes.TryRefresh(apiKey, trustpilot.Knobs.RefreshesPerMinute))
        {
            trustpilot.Vendor.Counters.Increment(Framework.SandboxCounters.Throttled);
            trustpilot.Vendor.Counters.Increment("refreshesRefused");
            return TrustpilotAnswers.QuotaExceeded();
        }

        return trustpilot.Tokens.Refresh(form.GetValueOrDefault("refresh_token").ToString(), apiKey, trustpilot.Knobs) is { } renewed
            ? Answer(renewed, x.Now)
            : TrustpilotAnswers.OAuthError(StatusCodes.Status400BadRequest, "invalid_grant", "Invalid refresh token");
    }

    private static VendorAnswer Answer(TrustpilotGrant grant, DateTimeOffset now)
    {
        var body = new JsonObject
        {
            ["access_token"] = grant.AccessToken,
            ["issued_at"] = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["expires_in"] = ((long)(grant.AccessExpiresAt - now).TotalSeconds).ToString(CultureInfo.InvariantCulture),
            ["token_type"] = "BearerToken",
        };
        if (grant.RefreshToken is { } refresh)
        {
            body["refresh_token"] = refresh;
            body["refresh_token_expires_in"] = ((long)(grant.RefreshExpiresAt - now).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return TrustpilotAnswers.Ok(body);
    }
}
