using System.Text.Json;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>
/// Microsoft Teams' two webhook receivers. <c>POST /webhookb2/…</c>, a (legacy) Microsoft 365 connector incoming
/// webhook: <c>200 1</c> in plain text for a MessageCard with <c>text</c> or <c>summary</c>, a message with an Adaptive
/// Card attachment, or a plain <c>{"text"}</c>; 400 <c>Summary or Text is required.</c> otherwise; and when throttled a
/// 200 that says 429 (see <see cref="HookAnswers.TeamsThrottled"/>). <c>POST /workflows/…</c>, a Workflows webhook
/// trigger: <c>202</c> with no body for any JSON (the flow, not the trigger, reads the card).
/// </summary>
internal static class TeamsEndpoints
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    public static void Map(IEndpointRouteBuilder endpoints, WebhookEmulator webhook)
    {
        WebhookPipeline.Map(endpoints, "/webhookb2/{**path}", webhook, ReceiverKind.Teams, r => Connector(webhook, r));
        WebhookPipeline.Map(endpoints, "/workflows/{**path}", webhook, ReceiverKind.Workflows, r => Workflow(webhook, r));
    }

    private static HookAnswer Connector(WebhookEmulator webhook, HookRequest request)
    {
        if (request.Json is not { ValueKind: JsonValueKind.Object } json)
        {
            webhook.Vendor.Counters.Increment(WebhookCounters.InvalidJson);
            return new HookAnswer(400, "Bad payload received by generic incoming webhook.", HookAnswer.Text);
        }

        var valid = Text(json, "type") == "message"
            ? json.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0
                && attachments.EnumerateArray().All(IsAdaptiveCard)
            : Text(json, "text") is { Length: > 0 } || Text(json, "summary") is { Length: > 0 };
        if (!valid)
        {
            return new HookAnswer(400, "Summary or Text is required.", HookAnswer.Text);
        }

        webhook.Accept(ReceiverKind.Teams, request.Route("path"), request, request.Header(WebhookHeaders.Delivery), verified: false, deduplicate: false);
        return new HookAnswer(200, "1", HookAnswer.Text);
    }

    private static HookAnswer Workflow(WebhookEmulator webhook, HookRequest request)
    {
        if (request.JsonProblem is { } problem)
        {
            webhook.Vendor.Counters.Increment(WebhookCounters.InvalidJson);
            return new HookAnswer(400, JsonSerializer.Serialize(
                new { error = new { code = "InvalidRequestContent", message = $"The request content is not valid JSON: {problem}" } }, SandboxJson.Options));
        }

        webhook.Accept(ReceiverKind.Workflows, request.Route("path"), request, request.Header(WebhookHeaders.Delivery), verified: false, deduplicate: false);
        return new HookAnswer(202, "");
    }

    private static bool IsAdaptiveCard(JsonElement attachment) =>
        attachment.ValueKind == JsonValueKind.Object
        && Text(attachment, "contentType") == AdaptiveCard
        && attachment.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object
        && Text(content, "type") == "AdaptiveCard";

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
