using System.Text.Json;
using Connectors.Sandbox.Framework;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>
/// <c>POST /services/{team}/{bot}/{token}</c>: a Slack incoming webhook. It answers as Slack documents: <c>200 ok</c>
/// in plain text; 400 <c>invalid_payload</c> (not JSON), <c>no_text</c> (neither text nor blocks), <c>invalid_blocks</c>
/// (a block Slack would refuse: unknown type, header over 150 characters, section text over 3000, more than 10 fields);
/// 404 <c>no_service</c> for a path that is not a webhook's. Slack does not de-duplicate: every post is stored.
/// </summary>
internal static class SlackEndpoint
{
    private static readonly HashSet<string> BlockTypes = new(StringComparer.Ordinal)
    {
        "header", "section", "context", "divider", "actions", "image", "rich_text", "input", "file", "video",
    };

    public static void Map(IEndpointRouteBuilder endpoints, WebhookEmulator webhook) =>
        WebhookPipeline.Map(endpoints, "/services/{**path}", webhook, ReceiverKind.Slack, r => Handle(webhook, r));

    private static HookAnswer Handle(WebhookEmulator webhook, HookRequest request)
    {
        var path = request.Route("path");
        if (path.Split('/', StringSplitOptions.RemoveEmptyEntries).Length != 3)
        {
            return Text(404, "no_service");
        }

        if (request.Json is not { ValueKind: JsonValueKind.Object } json)
        {
            webhook.Vendor.Counters.Increment(WebhookCounters.InvalidJson);
            return Text(400, "invalid_payload");
        }

        var hasText = json.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String && text.GetString()!.Length > 0;
        var hasBlocks = json.TryGetProperty("blocks", out var blocks);
        if (!hasText && !hasBlocks)
        {
            return Text(400, "no_text");
        }

        if (hasBlocks && !ValidBlocks(blocks))
        {
            return Text(400, "invalid_blocks");
        }

        webhook.Accept(ReceiverKind.Slack, path, request, request.Header(WebhookHeaders.Delivery), verified: false, deduplicate: false);
        return Text(200, "ok");
    }

    private static bool ValidBlocks(JsonElement blocks)
    {
        if (blocks.ValueKind != JsonValueKind.Array || blocks.GetArrayLength() is 0 or > 50)
        {
            return false;
        }

        foreach (var block in blocks.EnumerateArray())
        {
            if (block.ValueKind != JsonValueKind.Object || !block.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !BlockTypes.Contains(type.GetString()!))
            {
                return false;
            }

            var limit = type.GetString() == "header" ? 150 : 3000;
            if (block.TryGetProperty("text", out var text) && !ValidText(text, limit))
            {
                return false;
            }

            if (block.TryGetProperty("fields", out var fields)
                && (fields.ValueKind != JsonValueKind.Array || fields.GetArrayLength() > 10 || fields.EnumerateArray().Any(f => !ValidText(f, 2000))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A text object: <c>{"type": "plain_text" | "mrkdwn", "text": "1..limit characters"}</c>.</summary>
    private static bool ValidText(JsonElement text, int limit) =>
        text.ValueKind == JsonValueKind.Object
        && text.TryGetProperty("type", out var type) && type.GetString() is "plain_text" or "mrkdwn"
        && text.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String
        && value.GetString()!.Length is > 0 and var length && length <= limit;

    private static HookAnswer Text(int status, string text) => new(status, text, HookAnswer.Text);
}
