using Connectors.Sandbox.Meta.Data;

namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>
/// One thing a webhook reports: a customer message, an echo of the brand's message (Messenger, Instagram) or a
/// delivery status of the brand's message (WhatsApp: <c>sent</c>, <c>delivered</c>, <c>read</c>).
/// </summary>
/// <param name="Conversation">The conversation.</param>
/// <param name="Message">The message.</param>
/// <param name="Status">The WhatsApp status, or null for a message or an echo.</param>
/// <param name="At">When it happened.</param>
public sealed record MetaEvent(MetaConversation Conversation, MetaMessage Message, string? Status, DateTimeOffset At)
{
    /// <summary>The webhook <c>object</c> it goes under.</summary>
    public string WebhookObject => Conversation.Channel switch
    {
        MetaChannel.WhatsApp => "whatsapp_business_account",
        MetaChannel.Messenger => "page",
        _ => "instagram",
    };

    /// <summary>The events a message causes: itself for the customer's, an echo or three statuses for the brand's.</summary>
    public static IEnumerable<MetaEvent> Of(MetaConversation conversation, MetaMessage message, bool read = true)
    {
        if (message.FromCustomer || conversation.Channel != MetaChannel.WhatsApp)
        {
            yield return new MetaEvent(conversation, message, null, message.At);
            yield break;
        }

        yield return new MetaEvent(conversation, message, "sent", message.At);
        yield return new MetaEvent(conversation, message, "delivered", message.At.AddSeconds(2));
        if (read)
        {
            yield return new MetaEvent(conversation, message, "read", message.At.AddMinutes(1));
        }
    }
}
