using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Client;

namespace Connectors.Plugins.Webhook.Push;

/// <summary>
/// Turns the receiver's answer into the item's result. 2xx: Done, with the receiver's <c>id</c> when its JSON answer
/// has one, else the delivery key. 408, 429, 5xx, timeouts, unreachable: Retry, honouring <c>Retry-After</c>. Any other
/// status: Failed, with the status and the start of the receiver's words.
/// </summary>
internal static class AnswerJudge
{
    /// <summary>The wait after a 429 without <c>Retry-After</c>: by then a per-second or per-minute window has turned.</summary>
    public static readonly TimeSpan DefaultThrottleWait = TimeSpan.FromMinutes(1);

    private const int ShownChars = 200;

    // Teams' (legacy) incoming webhooks answer their rate limit with a 200 whose body says so (Microsoft's docs: "Connectors do not throw 429s").
    private const string TeamsThrottled = "HTTP error 429";

    public static Verdict Judge(WebhookAnswer answer, string key, string where, bool signed)
    {
        if (answer.Problem is { } problem)
        {
            return new Verdict(SinkItemResult.Retry(key, problem));
        }

        var status = answer.Status ?? 0;
        if (answer.Redirected)
        {
            return new Verdict(SinkItemResult.Failed(key,
                $"the receiver at {where} redirected the POST, so the item was never delivered (status {status} after the redirect); set url to the address it redirects to"));
        }

        switch (status)
        {
            case >= 200 and < 300 when answer.Text.Contains(TeamsThrottled, StringComparison.Ordinal):
                return Throttled(key, $"the receiver at {where} is throttling (Teams answered {status}: {Shown(answer.Text)})", answer.RetryAfter);
            case >= 200 and < 300:
                return new Verdict(SinkItemResult.Done(key, ReceiverId(answer.Text) ?? key));
            case 429:
                return Throttled(key, $"the receiver at {where} is throttling: 429 {Shown(answer.Text)}", answer.RetryAfter);
            case 408 or >= 500:
                return new Verdict(SinkItemResult.Retry(key, $"the receiver at {where} failed: {status} {Shown(answer.Text)}", answer.RetryAfter));
            case 401 or 403:
                var fix = signed ? "check that secret matches the receiver's, and the headers it expects" : "check the headers it expects (or set secret, if it verifies signatures)";
                return new Verdict(SinkItemResult.Failed(key, $"the receiver at {where} refused the item: {status} {Shown(answer.Text)}; {fix}, then replay the dead letters"));
            default:
                return new Verdict(SinkItemResult.Failed(key, $"the receiver at {where} refused the item: {status} {Shown(answer.Text)}"));
        }
    }

    private static Verdict Throttled(string key, string error, TimeSpan? retryAfter)
    {
        var wait = retryAfter ?? DefaultThrottleWait;
        return new Verdict(SinkItemResult.Retry(key, error, wait), wait);
    }

    /// <summary>The first 200 characters of the answer, on one line.</summary>
    private static string Shown(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length == 0 ? "(empty body)" : line.Length <= ShownChars ? line : line[..ShownChars] + "…";
    }

    /// <summary>The top-level <c>id</c> (string or number) of a JSON object answer.</summary>
    private static string? ReceiverId(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
                && id.ToString() is { Length: > 0 } value ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
