using Connectors.Abstractions;
using Connectors.Plugins.Trustpilot.Client.Models;

namespace Connectors.Plugins.Trustpilot.Mapping;

/// <summary>
/// A service review: feedback of kind <c>review</c> (stars 1-5, the invitation's reference id as the order id), its
/// author as a customer (an invited review's: the buyer with the referral email and the order, so identity joins the
/// shop's customer; an organic one's: the Trustpilot account), and the business's reply as an outbound message in the
/// review's thread.
/// </summary>
internal static class ServiceReviewMapper
{
    public static (CustomerRecord? Customer, FeedbackRecord Feedback, MessageRecord? Reply) Map(ServiceReviewDto review)
    {
        var key = ConsumerKeys.ServiceReview(review.Id);
        var orderId = string.IsNullOrWhiteSpace(review.ReferenceId) ? null : review.ReferenceId.Trim();
        var email = string.IsNullOrWhiteSpace(review.ReferralEmail) ? null : review.ReferralEmail.Trim();
        var sourceId = email is not null ? ConsumerKeys.Buyer(email) : review.ConsumerId is { } id ? ConsumerKeys.Consumer(id) : null;
        var customer = sourceId is null ? null : new CustomerRecord
        {
            SourceId = sourceId,
            Channel = Channels.Trustpilot,
            Email = email,
            Name = review.ConsumerName,
            Country = ConsumerKeys.Country(review.ConsumerLocation),
            Identities = ConsumerKeys.Account(review.ConsumerId),
            OrderIds = orderId is null || email is null ? [] : [orderId],
            SeenAt = review.CreatedAt,
        };
        var feedback = new FeedbackRecord
        {
            SourceId = key,
            Channel = Channels.Trustpilot,
            Kind = FeedbackKinds.Review,
            CustomerSourceId = customer?.SourceId,
            OrderId = orderId,
            Rating = Rating.FromScale(review.Stars, RatingScale.Stars1To5),
            Title = Blank(review.Title),
            Body = Blank(review.Text),
            Language = Blank(review.Language),
            OccurredAt = review.CreatedAt,
            UpdatedAt = review.UpdatedAt,
            Url = new Uri("https://www.trustpilot.com/reviews/" + Uri.EscapeDataString(review.Id)),
            ReplyState = review.Reply is null ? ReplyState.Unanswered : ReplyState.Answered,
        };
        var reply = review.Reply is not { } r ? null : new MessageRecord
        {
            SourceId = key + "/reply",
            ThreadKey = key,
            Channel = Channels.Trustpilot,
            Direction = MessageDirection.Outbound,
            SenderId = r.AuthorBusinessUserId ?? "business",
            CustomerSourceId = customer?.SourceId,
            Text = r.Text,
            SentAt = r.CreatedAt,
        };
        return (customer, feedback, reply);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
