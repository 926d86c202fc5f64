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
                    WhatsAppPayloads.Entry(w, group);
                }
                else
                {
                    MessagingPayloads.Entry(w, group, now);
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
}
