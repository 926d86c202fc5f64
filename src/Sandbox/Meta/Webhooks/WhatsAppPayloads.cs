using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>
/// A WhatsApp <c>entry</c>: one change whose <c>value</c> has the metadata, then <c>contacts</c> and <c>messages[]</c>
/// (string timestamps in seconds; no contacts for system messages) or the brand's <c>statuses[]</c>.
/// </summary>
internal static class WhatsAppPayloads
{
    public static void Entry(Utf8JsonWriter w, List<MetaEvent> group)
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
                w.WriteString("id", m.Media);
                w.WriteEndObject();
                break;
            case MetaMessageKind.System:
                w.WriteString("type", "system");
                w.WriteStartObject("system");
                w.WriteString("body", m.Text);
                w.WriteString("wa_id", m.NewWaId);
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

            if (!string.IsNullOrEmpty(contact.UserId))
            {
                w.WriteString("recipient_user_id", contact.UserId);
            }

            if (e.Status == "failed")
            {
                ReEngagementError(w);
                w.WriteEndObject();
                continue;
            }

            w.WriteStartObject("pricing");
            w.WriteBoolean("billable", e.Message.Kind == MetaMessageKind.Template);
            w.WriteString("pricing_model", "PMP");
            w.WriteString("category", e.Message.Kind == MetaMessageKind.Template ? "utility" : "service");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void ReEngagementError(Utf8JsonWriter w)
    {
        w.WriteStartArray("errors");
        w.WriteStartObject();
        w.WriteNumber("code", 131047);
        w.WriteString("title", "Re-engagement message");
        w.WriteString("message", "Re-engagement message");
        w.WriteStartObject("error_data");
        w.WriteString("details", "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
