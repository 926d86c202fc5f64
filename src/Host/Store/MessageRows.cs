using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>How a <see cref="MessageRecord"/> maps onto the <c>messages</c> table.</summary>
internal static class MessageRows
{
    public static readonly string[] Columns =
    [
        "key", "source_instance", "source_id", "thread_key", "channel", "direction", "sender_id", "customer_id", "text",
        "sent_at", "reply_window_ends_at", "content_hash", "stored_at",
    ];

    public static KeyedRow From(string instance, MessageRecord r, long? customerId, DateTimeOffset now)
    {
        var hash = new ContentHash().Add(r.ThreadKey).Add(r.Channel).Add(r.Direction).Add(r.SenderId).Add(customerId)
            .Add(r.Text).Add(r.SentAt).Add(r.ReplyWindowEndsAt).Value;
        return new KeyedRow(RecordKey.For(instance, r.SourceId), hash,
        [
            RecordKey.For(instance, r.SourceId), instance, r.SourceId, r.ThreadKey, r.Channel, r.Direction.ToString(), r.SenderId,
            customerId, r.Text, r.SentAt, r.ReplyWindowEndsAt, hash, now,
        ]);
    }
}
