using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>The receivers' answers: the signed receiver's JSON, and each vendor's way of refusing for rate.</summary>
internal static class HookAnswers
{
    /// <summary>What legacy Teams connectors answer when throttled: a 200 whose text names the 429 (Microsoft: "Connectors do not throw 429s").</summary>
    public const string TeamsThrottled = "Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=msgapi-sandbox,cv=sandbox.0.";

    public static HookAnswer Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, JsonSerializer.Serialize(new { error = code, message }, SandboxJson.Options), Headers: headers);

    public static HookAnswer Accepted(string id, bool duplicate) =>
        new(200, JsonSerializer.Serialize(new { id, duplicate }, SandboxJson.Options));

    /// <summary>The answer to an injected 429, as the emulated receiver words it.</summary>
    public static HookAnswer Throttled(ReceiverKind kind, WebhookKnobs knobs, DateTimeOffset now) => kind switch
    {
        ReceiverKind.Teams => new HookAnswer(200, TeamsThrottled, HookAnswer.Text),
        ReceiverKind.Slack => new HookAnswer(429, "rate_limited", HookAnswer.Text, RetryAfter(knobs, now)),
        ReceiverKind.Workflows => new HookAnswer(429,
            JsonSerializer.Serialize(new { error = new { code = "TooManyRequests", message = "Rate limit is exceeded. Try again later." } }, SandboxJson.Options),
            Headers: RetryAfter(knobs, now)),
        _ => Error(429, "rate_limited", "too many deliveries; retry after the Retry-After", RetryAfter(knobs, now)),
    };

    /// <summary><c>Retry-After</c> in seconds, or as an HTTP date on the sandbox clock.</summary>
    public static Dictionary<string, string> RetryAfter(WebhookKnobs knobs, DateTimeOffset now) => new()
    {
        ["Retry-After"] = knobs.RetryAfterAsDate
            ? now.AddSeconds(knobs.RetryAfterSeconds).ToString("R", CultureInfo.InvariantCulture)
            : knobs.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture),
    };
}
