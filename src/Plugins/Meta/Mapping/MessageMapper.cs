using Connectors.Abstractions;

namespace Connectors.Plugins.Meta.Mapping;

/// <summary>
/// A message's records: always the message (keyed by its id, so a redelivery or a history read stores nothing new);
/// the customer; and for a customer's typed text, a feedback item of kind <c>message</c>.
/// </summary>
internal static class MessageMapper
{
    /// <summary>Meta lets the business answer freely for 24 hours after the customer's last message.</summary>
    public static readonly TimeSpan ReplyWindow = TimeSpan.FromHours(24);

    public static (CustomerRecord Customer, FeedbackRecord? Feedback, MessageRecord Message) Map(ChannelMessage m, string channel)
    {
        var message = new MessageRecord
        {
            SourceId = m.Id,
            ThreadKey = m.Customer.SourceId,
            Channel = channel,
            Direction = m.Inbound ? MessageDirection.Inbound : MessageDirection.Outbound,
            SenderId = m.SenderId,
            CustomerSourceId = m.Customer.SourceId,
            Text = m.Text,
            SentAt = m.At,
            ReplyWindowEndsAt = m.Inbound ? m.At + ReplyWindow : null,
        };
        var feedback = m.Inbound && m.IsTyped && !string.IsNullOrWhiteSpace(m.Text)
            ? new FeedbackRecord
            {
                SourceId = MetaKeys.Feedback(m.ReplyTo, m.Id),
                Channel = channel,
                Kind = FeedbackKinds.Message,
                CustomerSourceId = m.Customer.SourceId,
                Body = m.Text,
                OccurredAt = m.At,
            }
            : null;
        return (m.Customer, feedback, message);
    }
}
