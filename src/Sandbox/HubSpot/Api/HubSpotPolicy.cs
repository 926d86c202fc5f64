using System.Globalization;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>
/// HubSpot's words in the pipeline: every request logged before the faults, bearer auth, the rolling and daily limits
/// with their headers (on every answer but search), 429 bodies with the policy name.
/// </summary>
internal sealed class HubSpotPolicy(HubSpotEmulator hubspot, bool search) : VendorPolicy
{
    private const string TokenItem = "hubspot.token";

    public override ReceivedLogging Logging => ReceivedLogging.BeforeFaults;

    /// <summary>The headers worth keeping; the token is shortened so the received log never holds it whole.</summary>
    public override IReadOnlyDictionary<string, string> RecordedHeaders(VendorExchange exchange)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (exchange.Http.Request.ContentType is { } type)
        {
            headers["Content-Type"] = type;
        }

        if (BearerToken(exchange.Http) is { } token)
        {
            headers["Authorization"] = "Bearer " + (token.Length > 12 ? token[..8] + "…" : "…");
        }

        return headers;
    }

    public override VendorAnswer InjectedThrottle(VendorExchange exchange)
    {
        if (!search)
        {
            var token = KnownToken(exchange);
            SetRateHeaders(exchange.Http, hubspot.Limits.Peek(token ?? "", hubspot.Knobs) with { Remaining = 0 });
        }

        return HubSpotPipeline.Json(StatusCodes.Status429TooManyRequests,
            HubSpotJson.RateLimited("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING", hubspot.NextCorrelationId()));
    }

    public override VendorAnswer? Authenticate(VendorExchange exchange)
    {
        var token = KnownToken(exchange);
        if (token is not null)
        {
            exchange.Items[TokenItem] = token;
            return null;
        }

        return Unauthorized(BearerToken(exchange.Http) is null);
    }

    public override VendorAnswer? TokenExpired(VendorExchange exchange) => Unauthorized(missing: false);

    public override VendorAnswer? Admit(VendorExchange exchange)
    {
        var rate = hubspot.Limits.TryAcquire((string)exchange.Items[TokenItem]!, hubspot.Knobs, search);
        if (!search)
        {
            SetRateHeaders(exchange.Http, rate);
        }

        if (rate.Allowed)
        {
            return null;
        }

        hubspot.Vendor.Counters.Increment(SandboxCounters.Throttled);
        hubspot.Vendor.Counters.Increment("rateLimited");
        return HubSpotPipeline.Json(StatusCodes.Status429TooManyRequests, HubSpotJson.RateLimited(rate.Message, rate.Policy!, hubspot.NextCorrelationId()));
    }

    private VendorAnswer Unauthorized(bool missing) => HubSpotPipeline.Json(StatusCodes.Status401Unauthorized, new JsonObject
    {
        ["status"] = "error",
        ["message"] = missing
            ? "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"
            : "The access token provided is invalid, expired or revoked. Create or rotate the private app's access token.",
        ["correlationId"] = hubspot.NextCorrelationId(),
        ["category"] = "INVALID_AUTHENTICATION",
    });

    private string? KnownToken(VendorExchange exchange)
    {
        var token = BearerToken(exchange.Http);
        return token is not null && hubspot.Knobs.AccessTokens.Contains(token, StringComparer.Ordinal) ? token : null;
    }

    private static void SetRateHeaders(HttpContext http, Limits.RateDecision rate)
    {
        var h = http.Response.Headers;
        h["X-HubSpot-RateLimit-Max"] = rate.Max.ToString(CultureInfo.InvariantCulture);
        h["X-HubSpot-RateLimit-Remaining"] = rate.Remaining.ToString(CultureInfo.InvariantCulture);
        h["X-HubSpot-RateLimit-Interval-Milliseconds"] = rate.IntervalMilliseconds.ToString(CultureInfo.InvariantCulture);
        h["X-HubSpot-RateLimit-Daily"] = rate.Daily.ToString(CultureInfo.InvariantCulture);
        h["X-HubSpot-RateLimit-Daily-Remaining"] = rate.DailyRemaining.ToString(CultureInfo.InvariantCulture);
    }

    private static string? BearerToken(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
