using System.Text;
using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Framework;

/// <summary>Applies drawn faults to an HTTP exchange: delay, injected 5xx, and spoiled bodies.</summary>
internal static class FaultResponses
{
    private static readonly byte[] Malformed = Encoding.UTF8.GetBytes(
        "<html><head><title>502 Bad Gateway</title></head><body>upstream sent an invalid response</body></html>");

    /// <summary>Waits the configured latency (wall clock: the sandbox clock may be a fake that never moves).</summary>
    public static Task DelayAsync(FaultDecision decision, CancellationToken ct) =>
        decision.LatencyMs > 0 ? Task.Delay(decision.LatencyMs, ct) : Task.CompletedTask;

    /// <summary>Writes an injected 5xx answer in the shape gateways and vendors commonly return.</summary>
    public static Task WriteServerErrorAsync(HttpContext context, SandboxVendor vendor, int status)
    {
        vendor.Counters.Increment(SandboxCounters.ServerErrors);
        context.Response.StatusCode = status;
        if (status == 502)
        {
            context.Response.ContentType = "text/html";
            return context.Response.Body.WriteAsync(Malformed, context.RequestAborted).AsTask();
        }

        if (status == 503)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        var text = status == 503 ? "{\"errors\":\"Service Unavailable\"}" : "{\"errors\":\"Internal Server Error\"}";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    /// <summary>Spoils a finished body as drawn, counting it.</summary>
    public static ReadOnlyMemory<byte> Damage(ReadOnlyMemory<byte> body, BodyDamage damage, SandboxVendor vendor)
    {
        switch (damage)
        {
            case BodyDamage.Malformed:
                vendor.Counters.Increment(SandboxCounters.Malformed);
                return Malformed;
            case BodyDamage.Truncated:
                vendor.Counters.Increment(SandboxCounters.Truncated);
                return body[..(body.Length / 2)];
            default:
                return body;
        }
    }
}
