using Connectors.Abstractions;
using Connectors.Host.Identity;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Store;

/// <summary>How a <see cref="FeedbackRecord"/> becomes a <c>feedback</c> row (enrichment fills its annotation columns later).</summary>
internal static class FeedbackRows
{
    /// <summary>The row, with the content hash of what the source said (and whose it is), so a re-read of the same item is skipped.</summary>
    public static FeedbackEntity From(string instance, FeedbackRecord r, long? customerId, string? customerMatch, DateTimeOffset now)
    {
        var hash = new ContentHash().Add(r.Channel).Add(r.Kind).Add(customerId).Add(r.CustomerSourceId).Add(r.OrderId)
            .Add(r.ProductId).Add(r.Rating?.Raw).Add(r.Rating?.Scale).Add(r.Title).Add(r.Body).Add(r.Language)
            .Add(r.OccurredAt).Add(r.UpdatedAt).Add(r.Url).Add(r.ReplyState).Value;
        return new FeedbackEntity
        {
            Key = RecordKey.For(instance, r.SourceId),
            SourceInstance = instance,
            SourceId = r.SourceId,
            Channel = r.Channel,
            Kind = r.Kind,
            CustomerId = customerId,
            CustomerSourceId = r.CustomerSourceId,
            CustomerMatch = customerMatch,
            OrderId = r.OrderId,
            OrderKey = OrderKey.Normalize(r.OrderId),
            ProductId = r.ProductId,
            Rating = r.Rating?.Value,
            RatingRaw = r.Rating?.Raw,
            RatingScale = r.Rating?.Scale.ToString(),
            Title = r.Title,
            Body = r.Body,
            Language = r.Language,
            OccurredAt = r.OccurredAt,
            UpdatedAt = r.UpdatedAt,
            Url = r.Url?.ToString(),
            ReplyState = r.ReplyState.ToString(),
            ContentHash = hash,
            StoredAt = now,
        };
    }
}
