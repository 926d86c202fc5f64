using Connectors.Sandbox.Framework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>
/// Maps a receiver path behind the framework pipeline: faults (429s worded as the receiver does, see
/// <see cref="HookAnswers.Throttled"/>), no credentials (each receiver checks its own signature), no rate limit.
/// </summary>
internal static class WebhookPipeline
{
    public static void Map(IEndpointRouteBuilder endpoints, string pattern, WebhookEmulator webhook, ReceiverKind kind, Func<HookRequest, HookAnswer> handle)
    {
        var policy = new ReceiverPolicy(webhook, kind);
        endpoints.MapPost(pattern, VendorPipeline.Handler(webhook.Vendor, policy, exchange =>
            ToVendor(handle(new HookRequest(exchange.Http, exchange.Body, webhook.Knobs, webhook.Clock.GetUtcNow())))));
    }

    private static VendorAnswer ToVendor(HookAnswer answer) => VendorAnswer.Text(answer.Status, answer.Body, answer.ContentType, answer.Headers);

    /// <summary>Deliveries are logged by the emulator once accepted, never here.</summary>
    private sealed class ReceiverPolicy(WebhookEmulator webhook, ReceiverKind kind) : VendorPolicy
    {
        public override ReceivedLogging Logging => ReceivedLogging.None;

        public override VendorAnswer InjectedThrottle(VendorExchange exchange) =>
            ToVendor(HookAnswers.Throttled(kind, webhook.Knobs, webhook.Clock.GetUtcNow()));
    }
}
