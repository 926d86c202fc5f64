using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>A Messenger or Instagram <c>entry</c>: <c>messaging[]</c> events with <c>sender</c>, <c>recipient</c>, millisecond timestamps; the brand's as echoes.</summary>
internal static class MessagingPayloads
{
    public static void Entry(Utf8JsonWriter w, List<MetaEvent> group, DateTimeOffset now)
    {
        var conversation = group[0].Conversation;
        var account = conversation.Channel == MetaChannel.Instagram ? MetaDefaults.InstagramAccountId : MetaDefaults.PageId;
        w.WriteStartObject();
        w.WriteString("id", account);
        w.WriteNumber("time", now.ToUnixTimeMilliseconds());
        w.WriteStartArray("messaging");
        foreach (var e in group)
        {
            var m = e.Message;
            var (sender, recipient) = m.FromCustomer ? (conversation.Contact.ScopedId, account) : (account, conversation.Contact.ScopedId);
            w.WriteStartObject();
            w.WritePropertyName("sender");
            Id(w, sender);
            w.WritePropertyName("recipient");
            Id(w, recipient);
            w.WriteNumber("timestamp", m.At.ToUnixTimeMilliseconds());
            w.WriteStartObject("message");
            w.WriteString("mid", m.Id);
            if (!m.FromCustomer)
            {
                w.WriteBoolean("is_echo", true);
                w.WriteNumber("app_id", long.Parse(MetaDefaults.AppId, CultureInfo.InvariantCulture));
            }

            if (m.Text is not null)
            {
                w.WriteString("text", m.Text);
            }

            if (m.QuickReplyPayload is not null)
            {
                w.WriteStartObject("quick_reply");
                w.WriteString("payload", m.QuickReplyPayload);
                w.WriteEndObject();
            }

            if (m.ReplyToId is not null)
            {
                w.WriteStartObject("reply_to");
                w.WriteString("mid", m.ReplyToId);
                w.WriteEndObject();
            }

            if (m.Kind == MetaMessageKind.Image)
            {
                w.WriteStartArray("attachments");
                w.WriteStartObject();
                w.WriteString("type", "image");
                w.WriteStartObject("payload");
                w.WriteString("url", m.Media);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Id(Utf8JsonWriter w, string id)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteEndObject();
    }
}
