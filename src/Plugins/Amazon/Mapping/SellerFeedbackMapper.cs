using System.Globalization;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Marketplaces;

namespace Connectors.Plugins.Amazon.Mapping;

/// <summary>
/// A GET_SELLER_FEEDBACK_DATA row: six columns read by position (headers are localised): date (in the marketplace's
/// format), rating 1-5, comments, the seller's response, order id, rater email. The feedback is keyed by its order (a
/// buyer leaves one per order); the seller's response becomes an outbound message in the feedback's thread.
/// </summary>
internal static class SellerFeedbackMapper
{
    public static RowMapping Map(string[] row, Marketplace marketplace)
    {
        if (row.Length < 5)
        {
            return RowMapping.Skip($"has {row.Length} columns, not the 6 of GET_SELLER_FEEDBACK_DATA");
        }

        if (!DateTime.TryParseExact(row[0].Trim(), marketplace.FeedbackDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return RowMapping.Skip($"date '{row[0]}' is not in {marketplace.CountryCode}'s format {marketplace.FeedbackDateFormat}");
        }

        if (!int.TryParse(row[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var stars) || stars is < 1 or > 5)
        {
            return RowMapping.Skip($"rating '{row[1]}' is not 1 to 5 stars");
        }

        var orderId = row[4].Trim();
        if (orderId.Length == 0)
        {
            return RowMapping.Skip("has no order id");
        }

        var at = new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc));
        var email = row.Length > 5 && row[5].Trim() is { Length: > 0 } e ? e : null;
        var response = row[3].Trim();
        var key = "feedback/" + orderId;
        var customer = email is null ? null : new CustomerRecord
        {
            SourceId = BuyerKeys.ForEmail(email),
            Channel = Channels.Amazon,
            Email = email,
            Country = marketplace.CountryCode,
            Identities = BuyerKeys.IsRelay(email) ? [new CustomerIdentity(Channels.Amazon, email.ToLowerInvariant())] : [],
            OrderIds = [orderId],
        };
        var feedback = new FeedbackRecord
        {
            SourceId = key,
            Channel = Channels.Amazon,
            Kind = FeedbackKinds.SellerFeedback,
            CustomerSourceId = customer?.SourceId,
            OrderId = orderId,
            Rating = Rating.FromScale(stars, RatingScale.Stars1To5),
            Body = row[2].Trim() is { Length: > 0 } comments ? comments : null,
            // The marketplace's language, as a stated hint: enrichment checks it against the text instead of guessing.
            Language = marketplace.Language,
            OccurredAt = at,
            ReplyState = response.Length > 0 ? ReplyState.Answered : ReplyState.Unanswered,
        };
        var reply = response.Length == 0 ? null : new MessageRecord
        {
            SourceId = key + "/response",
            ThreadKey = key,
            Channel = Channels.Amazon,
            Direction = MessageDirection.Outbound,
            SenderId = "seller",
            CustomerSourceId = customer?.SourceId,
            Text = response,
            // The report dates the feedback only: the response is dated with it.
            SentAt = at,
        };
        return new RowMapping(customer, feedback, reply, null);
    }
}
