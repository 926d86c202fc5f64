using System.Text;
using Connectors.Sandbox.Framework.Pipeline;

namespace Connectors.Sandbox.Framework;

/// <summary>The parts of drawn faults every vendor shares: the delay, the default 5xx answers, and spoiled bodies.</summary>
internal static class FaultResponses
{
    private static readonly byte[] Malformed = Encoding.UTF8.GetBytes(
        "<html><head><title>502 Bad Gateway</title></head><body>upstream sent an invalid response</body></html>");

    /// <summary>Waits the configured latency (wall clock: the sandbox clock may be a fake that never moves).</summary>
    public static Task DelayAsync(FaultDecision decision, CancellationToken ct) =>
        decision.LatencyMs > 0 ? Task.Delay(decision.LatencyMs, ct) : Task.CompletedTask;

    /// <summary>An injected 5xx in the shape gateways and vendors commonly return (502 as an HTML page).</summary>
    public static VendorAnswer ServerError(int status) => status switch
    {
        502 => new VendorAnswer(status, Malformed, "text/html"),
        503 => VendorAnswer.Text(status, "{\"errors\":\"Service Unavailable\"}", headers: new Dictionary<string, string> { ["Retry-After"] = "1" }),
        _ => VendorAnswer.Text(status, "{\"errors\":\"Internal Server Error\"}"),
    };

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
