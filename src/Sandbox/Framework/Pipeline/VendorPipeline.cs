using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Framework.Pipeline;

/// <summary>
/// What every request to an emulated vendor API goes through, in this order: counted; logged (when the policy says so);
/// the fault knobs drawn (latency, an injected 5xx or 429); credentials and the token-expiry knobs; the rate limits;
/// the endpoint's work; then, for a 2xx answer, maybe a malformed or truncated body. The policy words each refusal.
/// </summary>
public static class VendorPipeline
{
    /// <summary>A request delegate running <paramref name="handle"/> behind the pipeline.</summary>
    public static RequestDelegate Handler(SandboxVendor vendor, VendorPolicy policy, Func<VendorExchange, VendorAnswer> handle) =>
        http => RunAsync(http, vendor, policy, handle);

    /// <summary>Runs one request through the pipeline and writes the answer.</summary>
    public static async Task RunAsync(HttpContext http, SandboxVendor vendor, VendorPolicy policy, Func<VendorExchange, VendorAnswer> handle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(vendor);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(handle);
        var ct = http.RequestAborted;
        vendor.Counters.Increment(SandboxCounters.Requests);
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        var exchange = new VendorExchange(http, buffer.ToArray(), vendor, vendor.Clock.GetUtcNow());
        if (policy.Logging == ReceivedLogging.BeforeFaults)
        {
            Log(exchange, policy);
        }

        var decision = vendor.Faults.Decide();
        await FaultResponses.DelayAsync(decision, ct);
        var answer = Refusal(exchange, policy, decision);
        var damage = BodyDamage.None;
        if (answer is null)
        {
            if (policy.Logging == ReceivedLogging.Admitted)
            {
                Log(exchange, policy);
            }

            answer = handle(exchange);
            damage = answer.IsSuccess ? decision.Damage : BodyDamage.None;
        }

        await WriteAsync(http, policy.Finish(exchange, answer), damage, vendor);
    }

    private static VendorAnswer? Refusal(VendorExchange exchange, VendorPolicy policy, FaultDecision decision)
    {
        var vendor = exchange.Vendor;
        if (decision.Fault == InjectedFault.ServerError)
        {
            vendor.Counters.Increment(SandboxCounters.ServerErrors);
            return policy.ServerError(exchange, decision.ServerErrorStatus);
        }

        if (decision.Fault == InjectedFault.Throttle)
        {
            vendor.Counters.Increment(SandboxCounters.Throttled);
            vendor.Counters.Increment(SandboxCounters.InjectedThrottles);
            return policy.InjectedThrottle(exchange);
        }

        var refused = policy.Authenticate(exchange);
        if (refused is null && vendor.Faults.TokenExpired())
        {
            refused = policy.TokenExpired(exchange);
        }

        if (refused is not null)
        {
            if (refused.Status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                vendor.Counters.Increment(SandboxCounters.Unauthorized);
            }

            return refused;
        }

        return policy.Admit(exchange);
    }

    private static void Log(VendorExchange exchange, VendorPolicy policy)
    {
        var request = exchange.Http.Request;
        exchange.Vendor.Received.Append(request.Method, request.Path + request.QueryString, exchange.BodyText, new Dictionary<string, string>(policy.RecordedHeaders(exchange)));
    }

    private static async Task WriteAsync(HttpContext http, VendorAnswer answer, BodyDamage damage, SandboxVendor vendor)
    {
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        var bytes = FaultResponses.Damage(answer.Body, damage, vendor);
        http.Response.StatusCode = answer.Status;
        if (bytes.Length > 0)
        {
            http.Response.ContentType = answer.ContentType;
        }

        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
