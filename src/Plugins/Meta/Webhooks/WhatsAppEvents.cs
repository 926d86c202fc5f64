using System.Globalization;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;
using Connectors.Plugins.Meta.Mapping;
using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Meta.Webhooks;

/// <summary>
/// A <c>whatsapp_business_account</c> entry: each change's <c>value</c> with <c>metadata</c>, <c>contacts</c> and
/// <c>messages[]</c> (timestamps as strings of Unix seconds), or the business's <c>statuses[]</c>, which store nothing:
/// they carry no text, and WhatsApp has no API to read the business's messages back.
/// </summary>
internal static class WhatsAppEvents
{
    public static IEnumerable<ChannelMessage> Read(JsonElement entry, MetaOptions options, SourceBatchBuilder builder)
    {
        foreach (var change in entry.Items("changes"))
        {
            if (change.Object("value") is not { } value || change.Text("field") is not (null or "messages"))
            {
                continue;
            }

            var number = value.Object("metadata")?.Text("phone_number_id");
            if (number != options.PhoneNumberId)
            {
                builder.AddProblem(new SourceProblem($"webhook entry {entry.Text("id")}", $"the change is for phone number id {number}, not this connector's {options.PhoneNumberId}; give each number its own connector"));
                continue;
            }

            var contacts = value.Items("contacts").ToList();
            foreach (var m in value.Items("messages"))
            {
                if (Message(m, contacts) is { } message)
                {
                    yield return message;
                }
            }
        }
    }

    private static ChannelMessage? Message(JsonElement m, List<JsonElement> contacts)
    {
        var type = m.Text("type");
        if (type == "system" || m.Text("id") is not { } id)
        {
            // A system message (the user changed number) comes without contacts and says nothing from the customer.
            return null;
        }

        var waId = m.Text("from");
        var userId = m.Text("from_user_id");
        var contact = contacts.FirstOrDefault(c => (waId is not null && c.Text("wa_id") == waId) || (userId is not null && c.Text("user_id") == userId));
        if (contact.ValueKind != JsonValueKind.Object && contacts.Count == 1)
        {
            contact = contacts[0];
        }

        waId ??= contact.ValueKind == JsonValueKind.Object ? contact.Text("wa_id") : null;
        userId ??= contact.ValueKind == JsonValueKind.Object ? contact.Text("user_id") : null;
        if (MetaKeys.WhatsAppCustomer(waId, userId) is not { } key || !long.TryParse(m.Text("timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var at = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var profile = contact.ValueKind == JsonValueKind.Object ? contact.Object("profile") : null;
        var customer = MetaKeys.WhatsAppCustomer(key, waId, userId, profile?.Text("name") ?? profile?.Text("username"), at);
        var (text, typed) = Content(m, type);
        return new ChannelMessage(id, customer, MetaKeys.WhatsAppReplyTo(waId, userId)!, true, waId ?? userId!, text, typed, at);
    }

    /// <summary>The text and whether the customer typed it; media are named by their type and media id.</summary>
    private static (string? Text, bool Typed) Content(JsonElement m, string? type)
    {
        switch (type)
        {
            case "text":
                return (m.Object("text")?.Text("body"), true);
            case "interactive":
                var interactive = m.Object("interactive");
                var chosen = interactive?.Object("button_reply") ?? interactive?.Object("list_reply");
                return (chosen?.Text("title") ?? chosen?.Text("id"), false);
            case "button":
                return (m.Object("button")?.Text("text"), false);
            case "image" or "video" or "document" or "audio" or "sticker":
                var media = m.Object(type);
                var caption = media?.Text("caption");
                return caption is null ? ($"[{type} {media?.Text("id")}]", false) : (caption, true);
            default:
                return ($"[{type ?? "unknown"}]", false);
        }
    }
}
