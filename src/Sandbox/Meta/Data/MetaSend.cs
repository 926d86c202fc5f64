namespace Connectors.Sandbox.Meta.Data;

/// <summary>One send the Graph API accepted, for "posted once" assertions.</summary>
/// <param name="Channel">Where it went.</param>
/// <param name="Recipient">The PSID, IGSID, WhatsApp number or user id as the client gave it.</param>
/// <param name="MessageId">The id answered.</param>
/// <param name="Text">The text, or the template's name.</param>
/// <param name="MessagingType">Messenger/Instagram: <c>RESPONSE</c>, <c>UPDATE</c> or <c>MESSAGE_TAG</c>; WhatsApp: the message <c>type</c>.</param>
/// <param name="Tag">The message tag, or null.</param>
/// <param name="At">Sandbox time.</param>
public sealed record MetaSend(MetaChannel Channel, string Recipient, string MessageId, string? Text, string MessagingType, string? Tag, DateTimeOffset At);
