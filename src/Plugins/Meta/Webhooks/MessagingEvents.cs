using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;
using Connectors.Plugins.Meta.Mapping;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Meta.Webhooks;

/// <summary>
/// A <c>page</c> (Messenger) or <c>instagram</c> entry: <c>messaging[]</c> events with <c>sender</c>, <c>recipient</c>
/// and millisecond timestamps. The business's own messages come as echoes (<c>is_echo</c>) and are stored as outbound
/// messages; reads, deliveries and postbacks carry no message and are passed over.
/// </summary>
internal static class MessagingEvents
{
    public static IEnumerable<ChannelMessage> Read(JsonElement entry, MetaOptions options, SourceBatchBuilder builder)
    {
        var account = options.AccountId;
        if (entry.Text("id") is { } id && id != account)
        {
            builder.AddProblem(new SourceProblem($"webhook entry {id}", $"the entry is for account {id}, not this connector's {account}; give each Page or account its own connector"));
            yield break;
        }

        foreach (var e in entry.Items("messaging"))
        {
            if (Message(e, account, options.ChannelName) is { } message)
            {
                yield return message;
            }
        }
    }

    private static ChannelMessage? Message(JsonElement e, string account, string channel)
    {
        if (e.Object("message") is not { } message || message.Text("mid") is not { } mid || e.Long("timestamp") is not { } ms)
        {
            return null;
        }

        var echo = message.Flag("is_echo");
        var sender = e.Object("sender")?.Text("id");
        var recipient = e.Object("recipient")?.Text("id");
        var customerId = echo ? recipient : sender;
        if (customerId is null || sender is null || customerId == account)
        {
            return null;
        }

        var (text, typed) = Content(message);
        var customer = MetaKeys.ScopedCustomer(channel, customerId, null);
        return new ChannelMessage(mid, customer, customerId, !echo, sender, text, typed, DateTimeOffset.FromUnixTimeMilliseconds(ms));
    }

    /// <summary>The text and whether the customer typed it (a quick reply is a button pressed); attachments by type and URL.</summary>
    private static (string? Text, bool Typed) Content(JsonElement message)
    {
        var text = message.Text("text");
        var attachments = message.Items("attachments")
            .Select(a => $"[{a.Text("type") ?? "attachment"}{(a.Object("payload")?.Text("url") is { } url ? " " + url : "")}]")
            .ToList();
        var quickReply = message.Object("quick_reply") is not null;
        if (attachments.Count == 0)
        {
            return (text, text is not null && !quickReply);
        }

        return text is null ? (string.Join(" ", attachments), false) : (text + " " + string.Join(" ", attachments), !quickReply);
    }
}
