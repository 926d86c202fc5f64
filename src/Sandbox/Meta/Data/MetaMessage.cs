namespace Connectors.Sandbox.Meta.Data;

/// <summary>One message of a conversation, from the customer or from the brand.</summary>
/// <param name="Id">The message id (<c>m_…</c> on Messenger and Instagram, <c>wamid.…</c> on WhatsApp).</param>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="FromCustomer">True for the customer's messages, false for the brand's (echoes, statuses).</param>
/// <param name="At">When it was sent (sandbox time).</param>
/// <param name="Kind">What it carries.</param>
/// <param name="Text">The text, the image caption or the system message's body; null for a bare image.</param>
/// <param name="Media">The image: a CDN URL on Messenger and Instagram, a media id to download on WhatsApp.</param>
/// <param name="QuickReplyPayload">The payload of the quick reply (WhatsApp: button) the customer tapped, or null.</param>
/// <param name="ReplyToId">The id of the message this one answers, or null.</param>
/// <param name="TemplateName">The template of a WhatsApp template message, or null.</param>
/// <param name="SentThroughApi">True when a client sent it through the Graph API (not seeded).</param>
/// <param name="NewWaId">A <c>user_changed_number</c> system message: the new number in E.164 digits.</param>
public sealed record MetaMessage(
    string Id,
    string ConversationId,
    bool FromCustomer,
    DateTimeOffset At,
    MetaMessageKind Kind,
    string? Text,
    string? Media = null,
    string? QuickReplyPayload = null,
    string? ReplyToId = null,
    string? TemplateName = null,
    bool SentThroughApi = false,
    string? NewWaId = null);
