using Connectors.Abstractions;

namespace Connectors.Plugins.Meta.Mapping;

/// <summary>
/// One message as any of the three channels delivers it (webhook or history), before it becomes records.
/// </summary>
/// <param name="Id">The channel's message id (<c>mid</c> or <c>wamid</c>): the record's key.</param>
/// <param name="Customer">The customer of the thread: its record (a bare reference when the channel names no one).</param>
/// <param name="ReplyTo">Where an answer goes: the PSID or IGSID, WhatsApp's <c>+</c>number or business-scoped user id.</param>
/// <param name="Inbound">Written by the customer (else by the business: an echo, a reply from another tool).</param>
/// <param name="SenderId">The sender's id on the channel.</param>
/// <param name="Text">The text, caption or button title; attachments are described after it.</param>
/// <param name="IsTyped">The customer typed it (not a button they pressed): it is feedback.</param>
/// <param name="At">When it was sent.</param>
internal sealed record ChannelMessage(
    string Id, CustomerRecord Customer, string ReplyTo, bool Inbound, string SenderId, string? Text, bool IsTyped, DateTimeOffset At);
