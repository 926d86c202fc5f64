using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>How a <see cref="FeedbackRecord"/> maps onto the <c>feedback</c> table.</summary>
internal static class FeedbackRows
{
    public static readonly string[] Columns =
    [
        "key", "source_instance", "source_id", "channel", "kind", "customer_id", "customer_source_id", "order_id", "product_id",
        "rating", "rating_raw", "rating_scale", "title", "body", "language", "occurred_at", "updated_at", "url", "reply_state",
        "content_hash", "stored_at",
    ];

    public static KeyedRow From(string instance, FeedbackRecord r, long? customerId, DateTimeOffset now)
    {
        var hash = new ContentHash().Add(r.Channel).Add(r.Kind).Add(customerId).Add(r.CustomerSourceId).Add(r.OrderId)
            .Add(r.ProductId).Add(r.Rating?.Raw).Add(r.Rating?.Scale).Add(r.Title).Add(r.Body).Add(r.Language)
            .Add(r.OccurredAt).Add(r.UpdatedAt).Add(r.Url).Add(r.ReplyState).Value;
        return new KeyedRow(RecordKey.For(instance, r.SourceId), hash,
        [
            RecordKey.For(instance, r.SourceId), instance, r.SourceId, r.Channel, r.Kind, customerId, r.CustomerSourceId, r.OrderId,
            r.ProductId, r.Rating?.Value, r.Rating?.Raw, r.Rating?.Scale.ToString(), r.Title, r.Body, r.Language,
            r.OccurredAt, r.UpdatedAt, r.Url?.ToString(), r.ReplyState.ToString(), hash, now,
        ]);
    }
}
