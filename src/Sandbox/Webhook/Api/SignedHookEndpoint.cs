using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>
/// <c>POST /hooks/{name}</c>: a receiver of signed Connectors deliveries. It checks the signature and the timestamp
/// (401), that the body is JSON (400) and carries <c>X-Connectors-Delivery</c> (400), answers a forced status when the
/// knobs say so, and otherwise accepts: <c>200 {"id", "duplicate": false}</c>, or for a delivery id it has already
/// accepted on that hook the same id again with <c>"duplicate": true</c>, stored once.
/// </summary>
internal static class SignedHookEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, WebhookEmulator webhook) =>
        WebhookPipeline.Map(endpoints, "/hooks/{name}", webhook, ReceiverKind.Hooks, r => Handle(webhook, r));

    private static HookAnswer Handle(WebhookEmulator webhook, HookRequest request)
    {
        var counters = webhook.Vendor.Counters;
        var knobs = request.Knobs;
        if (knobs.RequireSignature && SignatureCheck.Problem(request) is { } refusal)
        {
            counters.Increment(SandboxCounters.Unauthorized);
            if (refusal.Code == "stale_timestamp")
            {
                counters.Increment(WebhookCounters.StaleTimestamps);
            }

            return HookAnswers.Error(401, refusal.Code, refusal.Message);
        }

        if (request.JsonProblem is { } problem)
        {
            counters.Increment(WebhookCounters.InvalidJson);
            return HookAnswers.Error(400, "invalid_json", $"the body must be JSON: {problem}");
        }

        if (request.Header(WebhookHeaders.Delivery) is not { Length: > 0 } deliveryId)
        {
            return HookAnswers.Error(400, "missing_delivery", $"{WebhookHeaders.Delivery} is required: the receiver drops repeated deliveries by it");
        }

        if (knobs.AnswerStatus is { } status)
        {
            counters.Increment(WebhookCounters.Refused);
            var headers = status is 429 or 503 ? HookAnswers.RetryAfter(knobs, request.Now) : null;
            return knobs.AnswerBody is { } body
                ? new HookAnswer(status, body, body.TrimStart().StartsWith('{') ? HookAnswer.Json : HookAnswer.Text, headers)
                : HookAnswers.Error(status, "refused", $"the sandbox receiver answers {status} (knob answerStatus)", headers);
        }

        var (delivery, duplicate) = webhook.Accept(ReceiverKind.Hooks, request.Route("name"), request, deliveryId, verified: knobs.RequireSignature);
        return HookAnswers.Accepted(delivery.Id, duplicate);
    }
}
