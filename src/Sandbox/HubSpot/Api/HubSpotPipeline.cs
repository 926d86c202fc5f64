using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.HubSpot.Api;

/// <summary>
/// What every HubSpot API request goes through: counted and logged as received, injected faults, bearer auth, the
/// rate limits (headers on every answer but search), the endpoint's work, then maybe a lost answer or a spoiled body.
/// </summary>
internal static class HubSpotPipeline
{
    private static readonly byte[] LostAnswer = Encoding.UTF8.GetBytes(
        "<html><head><title>502 Bad Gateway</title></head><body>the origin closed the connection</body></html>");

    public static async Task HandleAsync(HttpContext http, HubSpotEmulator hubspot, bool search, Func<JsonElement?, ApiAnswer> handle)
    {
        var vendor = hubspot.Vendor;
        var knobs = hubspot.Knobs;
        var ct = http.RequestAborted;
        vendor.Counters.Increment(SandboxCounters.Requests);
        var body = await new StreamReader(http.Request.Body, Encoding.UTF8).ReadToEndAsync(ct);
        vendor.Received.Append(http.Request.Method, http.Request.Path + http.Request.QueryString, body, Headers(http));

        var decision = vendor.Faults.Decide();
        await FaultResponses.DelayAsync(decision, ct);
        if (decision.Fault == InjectedFault.ServerError)
        {
            await FaultResponses.WriteServerErrorAsync(http, vendor, decision.ServerErrorStatus);
            return;
        }

        var token = BearerToken(http);
        var known = token is not null && knobs.AccessTokens.Contains(token, StringComparer.Ordinal);
        if (decision.Fault == InjectedFault.Throttle)
        {
            vendor.Counters.Increment(SandboxCounters.Throttled);
            vendor.Counters.Increment(SandboxCounters.InjectedThrottles);
            if (!search)
            {
                SetRateHeaders(http, hubspot.Limits.Peek(known ? token! : "", knobs) with { Remaining = 0 });
            }

            await WriteAsync(http, StatusCodes.Status429TooManyRequests,
                HubSpotJson.RateLimited("You have reached your ten_secondly_rolling limit.", "TEN_SECONDLY_ROLLING", hubspot.NextCorrelationId()), BodyDamage.None, vendor);
            return;
        }

        if (!known || vendor.Faults.TokenExpired())
        {
            vendor.Counters.Increment(SandboxCounters.Unauthorized);
            await WriteAsync(http, StatusCodes.Status401Unauthorized, Unauthorized(token is null, hubspot.NextCorrelationId()), BodyDamage.None, vendor);
            return;
        }

        var rate = hubspot.Limits.TryAcquire(token!, knobs, search);
        if (!search)
        {
            SetRateHeaders(http, rate);
        }

        if (!rate.Allowed)
        {
            vendor.Counters.Increment(SandboxCounters.Throttled);
            vendor.Counters.Increment("rateLimited");
            await WriteAsync(http, StatusCodes.Status429TooManyRequests, HubSpotJson.RateLimited(rate.Message, rate.Policy!, hubspot.NextCorrelationId()), BodyDamage.None, vendor);
            return;
        }

        JsonElement? json = null;
        if (body.Length > 0)
        {
            try
            {
                json = JsonDocument.Parse(body).RootElement.Clone();
            }
            catch (JsonException ex)
            {
                var error = Data.ApiError.Validation($"Invalid input JSON on line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}: {ex.Message}");
                await WriteAsync(http, 400, HubSpotJson.Error(error, hubspot.NextCorrelationId()), BodyDamage.None, vendor);
                return;
            }
        }

        var answer = handle(json);
        var ok = answer.Status is >= 200 and < 300;
        if (ok && answer.Write && hubspot.TryLoseWrite(http.Request.Path.Value ?? ""))
        {
            // The write is done; only its answer goes missing, as when a proxy drops the connection on the way back.
            vendor.Counters.Increment("lostResponses");
            http.Response.StatusCode = StatusCodes.Status502BadGateway;
            http.Response.ContentType = "text/html";
            await http.Response.Body.WriteAsync(LostAnswer, ct);
            return;
        }

        await WriteAsync(http, answer.Status, answer.Body, ok ? decision.Damage : BodyDamage.None, vendor);
    }

    /// <summary>A 4xx answer in HubSpot's error shape.</summary>
    public static ApiAnswer Error(HubSpotEmulator hubspot, Data.ApiError error) =>
        new(error.Status, HubSpotJson.Error(error, hubspot.NextCorrelationId()));

    private static JsonObject Unauthorized(bool missing, string correlationId) => new()
    {
        ["status"] = "error",
        ["message"] = missing
            ? "Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview"
            : "The access token provided is invalid, expired or revoked. Create or rotate the private app's access token.",
        ["correlationId"] = correlationId,
        ["category"] = "INVALID_AUTHENTICATION",
    };

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

    /// <summary>The headers worth keeping; the token is shortened so the received log never holds it whole.</summary>
    private static Dictionary<string, string> Headers(HttpContext http)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (http.Request.ContentType is { } type)
        {
            headers["Content-Type"] = type;
        }

        if (BearerToken(http) is { } token)
        {
            headers["Authorization"] = "Bearer " + (token.Length > 12 ? token[..8] + "…" : "…");
        }

        return headers;
    }

    private static async Task WriteAsync(HttpContext http, int status, JsonNode body, BodyDamage damage, SandboxVendor vendor)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, HubSpotJson.Options);
        var spoiled = FaultResponses.Damage(bytes, damage, vendor);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=utf-8";
        http.Response.ContentLength = spoiled.Length;
        await http.Response.Body.WriteAsync(spoiled, http.RequestAborted);
    }
}
