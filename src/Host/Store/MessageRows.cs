using Connectors.Abstractions;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Store;

/// <summary>How a <see cref="MessageRecord"/> becomes a <c>messages</c> row.</summary>
internal static class MessageRows
{
    public static MessageEntity From(string instance, MessageRecord r, long? customerId, DateTimeOffset now)
    {
        var hash = new ContentHash().Add(r.ThreadKey).Add(r.Channel).Add(r.Direction).Add(r.SenderId).Add(customerId)
            .Add(r.Text).Add(r.SentAt).Add(r.ReplyWindowEndsAt).Value;
        return new MessageEntity
        {
            Key = RecordKey.For(instance, r.SourceId),
            SourceInstance = instance,
            SourceId = r.SourceId,
            ThreadKey = r.ThreadKey,
            Channel = r.Channel,
            Direction = r.Direction.ToString(),
            SenderId = r.SenderId,
            CustomerId = customerId,
            Text = r.Text,
            SentAt = r.SentAt,
            ReplyWindowEndsAt = r.ReplyWindowEndsAt,
            ContentHash = hash,
            StoredAt = now,
        };
    }
}
