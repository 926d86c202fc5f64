using System.Globalization;
using System.Text;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>
/// What every Zendesk API request goes through before its endpoint: injected faults (latency, 5xx, 429), API token
/// auth, the account's per-minute rate window, the received log; and after it: rate headers and spoiled bodies.
/// </summary>
internal static class ZendeskPipeline
{
    /// <summary>Maps <paramref name="pattern"/> and its <c>.json</c> twin (Zendesk accepts both).</summary>
    public static void Map(IEndpointRouteBuilder endpoints, string method, string pattern, ZendeskEmulator zendesk, bool ticketing, Func<ZendeskRequest, ZendeskAnswer> handle)
    {
        RequestDelegate run = http => RunAsync(http, zendesk, ticketing, handle);
        endpoints.MapMethods(pattern, [method], run);
        // An unconstrained trailing {id} already matches "abc.json"; the endpoint strips the suffix.
        if (!pattern.EndsWith("{id}", StringComparison.Ordinal))
        {
            endpoints.MapMethods(pattern + ".json", [method], run);
        }
    }

    private static async Task RunAsync(HttpContext http, ZendeskEmulator zendesk, bool ticketing, Func<ZendeskRequest, ZendeskAnswer> handle)
    {
        var vendor = zendesk.Vendor;
        var knobs = zendesk.Knobs;
        var ct = http.RequestAborted;
        vendor.Counters.Increment(SandboxCounters.Requests);
        var decision = vendor.Faults.Decide();
        await FaultResponses.DelayAsync(decision, ct);
        if (decision.Fault == InjectedFault.ServerError)
        {
            await FaultResponses.WriteServerErrorAsync(http, vendor, decision.ServerErrorStatus);
            return;
        }

        if (decision.Fault == InjectedFault.Throttle)
        {
            vendor.Counters.Increment(SandboxCounters.Throttled);
            vendor.Counters.Increment(SandboxCounters.InjectedThrottles);
            await WriteAsync(http, ZendeskResponses.RateLimited(knobs.ThrottleRetryAfterSeconds), BodyDamage.None, vendor);
            return;
        }

        if (!BasicAuth.Verify(http.Request.Headers.Authorization, zendesk.Options.Email, zendesk.Options.ApiTokens) || vendor.Faults.TokenExpired())
        {
            vendor.Counters.Increment(SandboxCounters.Unauthorized);
            await WriteAsync(http, ZendeskResponses.Unauthorized(), BodyDamage.None, vendor);
            return;
        }

        var rate = zendesk.Rate.Take(knobs.EffectiveRequestsPerMinute, knobs.RateLimitEnabled);
        WriteRateHeaders(http, rate, ticketing);
        if (!rate.Allowed)
        {
            vendor.Counters.Increment(SandboxCounters.Throttled);
            await WriteAsync(http, ZendeskResponses.RateLimited(rate.ResetSeconds), BodyDamage.None, vendor);
            return;
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        vendor.Received.Append(http.Request.Method, http.Request.Path + http.Request.QueryString, Encoding.UTF8.GetString(body), SelectedHeaders(http));
        var answer = handle(new ZendeskRequest(http, body, zendesk.Store.AgentId));
        await WriteAsync(http, answer, answer.IsSuccess ? decision.Damage : BodyDamage.None, vendor);
    }

    private static void WriteRateHeaders(HttpContext http, RateDecision rate, bool ticketing)
    {
        var headers = http.Response.Headers;
        headers["X-Rate-Limit"] = Text(rate.Limit);
        headers["X-Rate-Limit-Remaining"] = Text(rate.Remaining);
        if (ticketing)
        {
            headers["ratelimit-limit"] = Text(rate.Limit);
            headers["ratelimit-remaining"] = Text(rate.Remaining);
            headers["ratelimit-reset"] = Text(rate.ResetSeconds);
        }
    }

    private static Dictionary<string, string> SelectedHeaders(HttpContext http)
    {
        var selected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "Idempotency-Key", "Content-Type", "User-Agent" })
        {
            if (http.Request.Headers.TryGetValue(name, out var value))
            {
                selected[name] = value.ToString();
            }
        }

        return selected;
    }

    private static async Task WriteAsync(HttpContext http, ZendeskAnswer answer, BodyDamage damage, SandboxVendor vendor)
    {
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        var bytes = FaultResponses.Damage(Encoding.UTF8.GetBytes(answer.Body), damage, vendor);
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = answer.ContentType;
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
