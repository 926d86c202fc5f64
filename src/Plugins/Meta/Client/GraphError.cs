using System.Text.Json;

namespace Connectors.Plugins.Meta.Client;

/// <summary>Meta's <c>{"error":{"message","type","code","error_subcode","is_transient","fbtrace_id"}}</c>.</summary>
internal sealed record GraphError(string Message, long Code, long? Subcode, bool Transient, string? TraceId, string? Details)
{
    /// <summary>Codes Meta uses for rate limits: app (4), user (17), Page (32), Messenger sends (613), Instagram (80002, 80006), WhatsApp (130429, 131048, 131056).</summary>
    private static readonly HashSet<long> ThrottleCodes = [4, 17, 32, 613, 80002, 80006, 130429, 131048, 131056];

    /// <summary>Messenger/Instagram: the message was sent outside the allowed window.</summary>
    public bool OutsideWindow => Code == 10 && Subcode == 2018278;

    /// <summary>WhatsApp: free-form text more than 24 hours after the customer's last message.</summary>
    public bool ReEngagement => Code == 131047;

    public bool Throttled => ThrottleCodes.Contains(Code);

    /// <summary>Meta's own word that retrying may work (<c>is_transient</c>, or the unknown/service errors 1 and 2).</summary>
    public bool Retryable => Transient || Code is 1 or 2;

    public static GraphError? Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.Object("error") is not { } e)
            {
                return null;
            }

            return new GraphError(e.Text("message") ?? "(no message)", e.Long("code") ?? 0, e.Long("error_subcode"), e.Flag("is_transient"),
                e.Text("fbtrace_id"), e.Object("error_data")?.Text("details"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() =>
        $"{Message} (code {Code}{(Subcode is { } s ? $", subcode {s}" : "")}{(TraceId is null ? "" : $", fbtrace_id {TraceId}")}){(Details is null ? "" : ": " + Details)}";
}
