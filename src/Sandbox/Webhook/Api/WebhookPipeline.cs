using System.Text;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>
/// What every delivery to a receiver path goes through before its endpoint: counted, the injected faults (latency,
/// 5xx, 429 in the receiver's own wording); and after it: a spoiled body when drawn.
/// </summary>
internal static class WebhookPipeline
{
    public static void Map(IEndpointRouteBuilder endpoints, string pattern, WebhookEmulator webhook, ReceiverKind kind, Func<HookRequest, HookAnswer> handle) =>
        endpoints.MapPost(pattern, (HttpContext http) => RunAsync(http, webhook, kind, handle));

    private static async Task RunAsync(HttpContext http, WebhookEmulator webhook, ReceiverKind kind, Func<HookRequest, HookAnswer> handle)
    {
        var vendor = webhook.Vendor;
        var knobs = webhook.Knobs;
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
            await WriteAsync(http, HookAnswers.Throttled(kind, knobs, webhook.Clock.GetUtcNow()), BodyDamage.None, vendor);
            return;
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var answer = handle(new HookRequest(http, buffer.ToArray(), knobs, webhook.Clock.GetUtcNow()));
        await WriteAsync(http, answer, answer.IsSuccess ? decision.Damage : BodyDamage.None, vendor);
    }

    private static async Task WriteAsync(HttpContext http, HookAnswer answer, BodyDamage damage, SandboxVendor vendor)
    {
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        var bytes = FaultResponses.Damage(Encoding.UTF8.GetBytes(answer.Body), damage, vendor);
        http.Response.StatusCode = answer.Status;
        if (bytes.Length > 0)
        {
            http.Response.ContentType = answer.ContentType;
        }

        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
