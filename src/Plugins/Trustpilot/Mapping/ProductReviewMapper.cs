using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Client.Models;

namespace Connectors.Plugins.Trustpilot.Mapping;

/// <summary>
/// A product review: feedback of kind <c>review</c> about the SKU (the invitation's reference id as the order id) and
/// its author with the email Trustpilot shows the business. A review with a conversation counts as answered: the
/// business opens one to reply.
/// </summary>
internal static class ProductReviewMapper
{
    public static (CustomerRecord? Customer, FeedbackRecord Feedback) Map(ProductReviewDto review)
    {
        // The author's record carries only what is the same on each of their reviews (no order, no time), so reading
        // the newest pages again gives the records the full read gave. Its own key: the service reviews' records of the
        // same account hold other details, and one key would flip between them on every run.
        var customer = review.ConsumerId is null ? null : new CustomerRecord
        {
            SourceId = ConsumerKeys.ProductConsumer(review.ConsumerId),
            Channel = Channels.Trustpilot,
            Email = string.IsNullOrWhiteSpace(review.ConsumerEmail) ? null : review.ConsumerEmail.Trim(),
            Name = review.ConsumerName,
            Identities = ConsumerKeys.Account(review.ConsumerId),
        };
        var feedback = new FeedbackRecord
        {
            SourceId = ConsumerKeys.ProductReview(review.Id),
            Channel = Channels.Trustpilot,
            Kind = FeedbackKinds.Review,
            CustomerSourceId = customer?.SourceId,
            OrderId = string.IsNullOrWhiteSpace(review.ReferenceId) ? null : review.ReferenceId.Trim(),
            ProductId = string.IsNullOrWhiteSpace(review.Sku) ? null : review.Sku,
            Rating = Rating.FromScale(review.Stars, RatingScale.Stars1To5),
            Body = string.IsNullOrWhiteSpace(review.Content) ? null : review.Content.Trim(),
            Language = string.IsNullOrWhiteSpace(review.Language) ? null : review.Language,
            OccurredAt = review.CreatedAt,
            ReplyState = review.ConversationId is null ? ReplyState.Unanswered : ReplyState.Answered,
        };
        return (customer, feedback);
    }
}
