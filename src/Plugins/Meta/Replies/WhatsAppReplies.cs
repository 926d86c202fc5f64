using System.Text.Json.Nodes;
using Connectors.Abstractions;
using Connectors.Plugins.Meta.Client;

namespace Connectors.Plugins.Meta.Replies;

/// <summary>
/// Answers on WhatsApp with a text in the customer's thread (quoting the message answered) within 24 hours of their
/// last message; later, WhatsApp takes only approved templates, so the reply is refused for good. WhatsApp has no API
/// to read the thread back, so a send whose answer was lost cannot be checked: its retry may send it again.
/// </summary>
internal sealed class WhatsAppReplies(GraphClient graph, MetaOptions options)
{
    public async Task<string> SendAsync(string replyTo, string answeredId, string text, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["type"] = "text",
            ["text"] = new JsonObject { ["body"] = text, ["preview_url"] = false },
            ["context"] = new JsonObject { ["message_id"] = answeredId },
        };
        if (replyTo.StartsWith('+'))
        {
            body["to"] = replyTo[1..];
        }
        else
        {
            body["recipient"] = replyTo;
        }

        try
        {
            using var answer = await graph.PostAsync($"{options.PhoneNumberId}/messages", body.ToJsonString(), cancellationToken);
            var sent = answer.RootElement.Items("messages").Select(m => m.Text("id")).FirstOrDefault(id => id is not null);
            return sent ?? throw new GraphApiException($"{options.PhoneNumberId}/messages answered without a message id; the send may have gone out");
        }
        catch (GraphApiException ex) when (ex.Error?.ReEngagement == true)
        {
            throw new ReplyRefusedException(
                $"whatsapp refused the reply: the 24-hour customer service window is closed (the customer last wrote more than 24 hours ago); only an approved template can be sent until they write again ({ex.Error})", ex);
        }
        catch (GraphApiException ex) when (ex.Error is { Code: 131026 or 131030 or 100 })
        {
            throw new ReplyRefusedException($"whatsapp cannot deliver to {replyTo}: {ex.Error}", ex);
        }
    }
}
