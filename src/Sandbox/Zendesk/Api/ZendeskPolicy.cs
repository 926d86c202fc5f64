using System.Globalization;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>
/// Zendesk's words in the pipeline: API token basic auth, the account's per-minute window with its headers (ticket
/// endpoints also the <c>ratelimit-*</c> ones), 429 with <c>Retry-After</c>; admitted requests logged with a few headers.
/// </summary>
internal sealed class ZendeskPolicy(ZendeskEmulator zendesk, bool ticketing) : VendorPolicy
{
    private static readonly string[] Recorded = ["Idempotency-Key", "Content-Type", "User-Agent"];

    public static VendorAnswer ToVendor(ZendeskAnswer answer) => VendorAnswer.Text(answer.Status, answer.Body, answer.ContentType, answer.Headers);

    public override IReadOnlyDictionary<string, string> RecordedHeaders(VendorExchange exchange)
    {
        var selected = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Recorded)
        {
            if (exchange.Header(name) is { } value)
            {
                selected[name] = value;
            }
        }

        return selected;
    }

    public override VendorAnswer InjectedThrottle(VendorExchange exchange) =>
        ToVendor(ZendeskResponses.RateLimited(zendesk.Knobs.ThrottleRetryAfterSeconds));

    public override VendorAnswer? Authenticate(VendorExchange exchange) =>
        BasicAuth.Verify(exchange.Http.Request.Headers.Authorization, zendesk.Options.Email, zendesk.Options.ApiTokens) ? null : ToVendor(ZendeskResponses.Unauthorized());

    public override VendorAnswer? TokenExpired(VendorExchange exchange) => ToVendor(ZendeskResponses.Unauthorized());

    public override VendorAnswer? Admit(VendorExchange exchange)
    {
        var knobs = zendesk.Knobs;
        var rate = zendesk.Rate.Take(knobs.EffectiveRequestsPerMinute, knobs.RateLimitEnabled);
        var headers = exchange.Http.Response.Headers;
        headers["X-Rate-Limit"] = Text(rate.Limit);
        headers["X-Rate-Limit-Remaining"] = Text(rate.Remaining);
        if (ticketing)
        {
            headers["ratelimit-limit"] = Text(rate.Limit);
            headers["ratelimit-remaining"] = Text(rate.Remaining);
            headers["ratelimit-reset"] = Text(rate.ResetSeconds);
        }

        if (rate.Allowed)
        {
            return null;
        }

        zendesk.Vendor.Counters.Increment(SandboxCounters.Throttled);
        return ToVendor(ZendeskResponses.RateLimited(rate.ResetSeconds));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
