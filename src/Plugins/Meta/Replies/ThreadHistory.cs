using System.Text.Json;
using Connectors.Plugins.Meta.Client;

namespace Connectors.Plugins.Meta.Replies;

/// <summary>The recent messages of one customer's Messenger or Instagram thread, newest first, as Graph shows them.</summary>
internal sealed class ThreadHistory(IReadOnlyList<(string Id, string? From, string? Text, DateTimeOffset At)> messages)
{
    public const int Depth = 50;

    /// <summary>When the customer last wrote, if the history shows it: what the send windows run from.</summary>
    public DateTimeOffset? LastInbound(string customerId) =>
        messages.Where(m => m.From == customerId).Select(m => (DateTimeOffset?)m.At).Max();

    /// <summary>
    /// The business's message with this text sent after the message answered, if there is one: a reply whose answer
    /// was lost went out. When the answered message is past what Graph shows (Instagram's 20), every shown one is later.
    /// </summary>
    public string? AlreadySent(string account, string answeredId, string text)
    {
        var answered = messages.FirstOrDefault(m => m.Id == answeredId);
        return messages.FirstOrDefault(m => m.From == account && string.Equals(m.Text, text, StringComparison.Ordinal)
            && (answered.Id is null || m.At >= answered.At)).Id;
    }

    public static async Task<ThreadHistory> ReadAsync(GraphClient graph, MetaOptions options, string customerId, CancellationToken cancellationToken)
    {
        var platform = options.Kind == MetaChannelKind.Instagram ? "instagram" : "messenger";
        var fields = Uri.EscapeDataString($"id,messages.limit({Depth}){{id,created_time,from,message}}");
        using var doc = await graph.GetAsync(
            $"{options.AccountId}/conversations?platform={platform}&user_id={Uri.EscapeDataString(customerId)}&fields={fields}", cancellationToken);
        var list = new List<(string, string?, string?, DateTimeOffset)>();
        foreach (var conversation in doc.RootElement.Items("data"))
        {
            foreach (var m in conversation.Object("messages")?.Items("data") ?? [])
            {
                if (m.Text("id") is { } id && m.Time("created_time") is { } at)
                {
                    list.Add((id, m.Object("from")?.Text("id"), m.Text("message"), at));
                }
            }
        }

        return new ThreadHistory(list);
    }
}
