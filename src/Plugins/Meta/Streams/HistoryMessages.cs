using System.Text.Json;
using Connectors.Plugins.Meta.Client;
using Connectors.Plugins.Meta.Mapping;

namespace Connectors.Plugins.Meta.Streams;

/// <summary>A Graph conversation's participant and messages as <see cref="ChannelMessage"/>s, the shape webhooks give too.</summary>
internal static class HistoryMessages
{
    /// <summary>The customer of a conversation: the participant who is not the Page or account.</summary>
    public static (string Id, string? Name)? Customer(JsonElement conversation, string account)
    {
        var other = conversation.Object("participants")?.Items("data").FirstOrDefault(p => p.Text("id") is { } id && id != account);
        return other is { ValueKind: JsonValueKind.Object } p ? (p.Text("id")!, p.Text("name") ?? p.Text("username")) : null;
    }

    public static ChannelMessage? Message(JsonElement m, string customerId, Abstractions.CustomerRecord customer)
    {
        if (m.Text("id") is not { } id || m.Time("created_time") is not { } at)
        {
            return null;
        }

        var sender = m.Object("from")?.Text("id") ?? "";
        var inbound = sender == customerId;
        var text = m.Text("message") is { Length: > 0 } t ? t : null;
        var attachments = m.Object("attachments")?.Items("data")
            .Select(a => a.Object("image_data")?.Text("url") is { } url ? $"[image {url}]" : $"[{a.Text("mime_type") ?? "attachment"}]")
            .ToList() ?? [];
        var all = attachments.Count == 0 ? text : text is null ? string.Join(" ", attachments) : text + " " + string.Join(" ", attachments);
        return new ChannelMessage(id, customer, customerId, inbound, sender, all, text is not null, at);
    }
}
