using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>
/// Webhook bodies in Meta's documented shapes. Events of one object go into one body: consecutive events of one
/// conversation share a Messenger/Instagram entry (<c>messaging[]</c>) or a WhatsApp <c>value</c> (<c>messages[]</c> or
/// <c>statuses[]</c>); the others get their own entries, as Meta batches them.
/// </summary>
internal static class MetaPayloads
{
    public static byte[] Build(IReadOnlyList<MetaEvent> events, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, SandboxJson.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("object", events[0].WebhookObject);
            w.WriteStartArray("entry");
            foreach (var group in Groups(events))
            {
                if (group[0].Conversation.Channel == MetaChannel.WhatsApp)
                {
                    WhatsAppEntry(w, group);
                }
                else
                {
                    MessagingEntry(w, group, now);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static List<List<MetaEvent>> Groups(IReadOnlyList<MetaEvent> events)
    {
        var groups = new List<List<MetaEvent>>();
        foreach (var e in events)
        {
            var last = groups.Count > 0 ? groups[^1][^1] : null;
            if (last is not null && last.Conversation == e.Conversation && (last.Status is null) == (e.Status is null)
                && (last.Message.Kind == MetaMessageKind.System) == (e.Message.Kind == MetaMessageKind.System))
            {
                groups[^1].Add(e);
            }
            else
            {
                groups.Add([e]);
            }
        }

        return groups;
    }

    private static void MessagingEntry(Utf8JsonWriter w, List<MetaEvent> group, DateTimeOffset now)
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
                w.WriteString("url", m.AttachmentUrl);
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

    private static void WhatsAppEntry(Utf8JsonWriter w, List<MetaEvent> group)
    {
        var contact = group[0].Conversation.Contact;
        w.WriteStartObject();
        w.WriteString("id", MetaDefaults.WhatsAppBusinessAccountId);
        w.WriteStartArray("changes");
        w.WriteStartObject();
        w.WriteStartObject("value");
        w.WriteString("messaging_product", "whatsapp");
        w.WriteStartObject("metadata");
        w.WriteString("display_phone_number", MetaDefaults.DisplayPhoneNumber);
        w.WriteString("phone_number_id", MetaDefaults.PhoneNumberId);
        w.WriteEndObject();
        if (group[0].Status is not null)
        {
            Statuses(w, group, contact);
        }
        else
        {
            // System messages come without contacts.
            if (group[0].Message.Kind != MetaMessageKind.System)
            {
                Contacts(w, contact);
            }

            w.WriteStartArray("messages");
            foreach (var e in group)
            {
                WhatsAppMessage(w, e.Message, contact);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteString("field", "messages");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Contacts(Utf8JsonWriter w, MetaContact contact)
    {
        w.WriteStartArray("contacts");
        w.WriteStartObject();
        w.WriteStartObject("profile");
        w.WriteString("name", contact.Name);
        if (contact.Username is not null)
        {
            w.WriteString("username", contact.Username);
        }

        w.WriteEndObject();
        if (contact.WaId is not null)
        {
            w.WriteString("wa_id", contact.WaId);
        }

        w.WriteString("user_id", contact.UserId);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WhatsAppMessage(Utf8JsonWriter w, MetaMessage m, MetaContact contact)
    {
        w.WriteStartObject();
        if (contact.WaId is not null)
        {
            w.WriteString("from", contact.WaId);
        }

        w.WriteString("from_user_id", contact.UserId);
        w.WriteString("id", m.Id);
        w.WriteString("timestamp", m.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (m.ReplyToId is not null)
        {
            w.WriteStartObject("context");
            w.WriteString("from", MetaDefaults.DisplayPhoneNumber);
            w.WriteString("id", m.ReplyToId);
            w.WriteEndObject();
        }

        switch (m.Kind)
        {
            case MetaMessageKind.Image:
                w.WriteString("type", "image");
                w.WriteStartObject("image");
                if (m.Text is not null)
                {
                    w.WriteString("caption", m.Text);
                }

                w.WriteString("mime_type", "image/jpeg");
                w.WriteString("sha256", Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(m.Id))));
                w.WriteString("id", m.AttachmentUrl);
                w.WriteEndObject();
                break;
            case MetaMessageKind.System:
                w.WriteString("type", "system");
                w.WriteStartObject("system");
                w.WriteString("body", m.Text);
                w.WriteString("wa_id", m.AttachmentUrl);
                w.WriteString("type", "user_changed_number");
                w.WriteEndObject();
                break;
            case MetaMessageKind.Text when m.QuickReplyPayload is not null:
                // WhatsApp's quick replies are reply buttons of an interactive message.
                w.WriteString("type", "interactive");
                w.WriteStartObject("interactive");
                w.WriteString("type", "button_reply");
                w.WriteStartObject("button_reply");
                w.WriteString("id", m.QuickReplyPayload);
                w.WriteString("title", m.Text);
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            default:
                w.WriteString("type", "text");
                w.WriteStartObject("text");
                w.WriteString("body", m.Text);
                w.WriteEndObject();
                break;
        }

        w.WriteEndObject();
    }

    private static void Statuses(Utf8JsonWriter w, List<MetaEvent> group, MetaContact contact)
    {
        w.WriteStartArray("statuses");
        foreach (var e in group)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Message.Id);
            w.WriteString("status", e.Status);
            w.WriteString("timestamp", e.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            if (contact.WaId is not null)
            {
                w.WriteString("recipient_id", contact.WaId);
            }

            w.WriteString("recipient_user_id", contact.UserId);
            w.WriteStartObject("pricing");
            w.WriteBoolean("billable", e.Message.Kind == MetaMessageKind.Template);
            w.WriteString("pricing_model", "PMP");
            w.WriteString("category", e.Message.Kind == MetaMessageKind.Template ? "utility" : "service");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Id(Utf8JsonWriter w, string id)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteEndObject();
    }
}
