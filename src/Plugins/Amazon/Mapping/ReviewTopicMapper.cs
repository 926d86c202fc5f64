using System.Globalization;
using System.Text;
using Connectors.Abstractions;
using Connectors.Plugins.Amazon.Client.Models;

namespace Connectors.Plugins.Amazon.Mapping;

/// <summary>
/// A review topic of an ASIN as feedback of kind <c>review_insight</c>: aggregated over many reviews, with no author and no
/// rating of its own. One record per marketplace, ASIN, polarity and topic, overwritten as Amazon's weekly window moves.
/// </summary>
internal static class ReviewTopicMapper
{
    public static FeedbackRecord Map(ItemReviewTopics item, ReviewTopic topic, string language, DateTimeOffset fallbackDate)
    {
        var polarity = topic.Positive ? "positive" : "negative";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{topic.Mentions} reviews mention {topic.Topic}");
        if (topic.OccurrencePercentage is { } share)
        {
            body.Append(CultureInfo.InvariantCulture, $" ({share:0.#}% of reviews)");
        }

        if (topic.StarRatingImpact is { } impact)
        {
            body.Append(CultureInfo.InvariantCulture, $"; star rating impact {impact:+0.00;-0.00;0}");
        }

        if (topic.Subtopics.Count > 0)
        {
            body.Append("; subtopics: ").AppendJoin(", ", topic.Subtopics);
        }

        foreach (var snippet in topic.Snippets)
        {
            body.Append("\n\"").Append(snippet).Append('"');
        }

        var at = item.EndDate ?? fallbackDate;
        return new FeedbackRecord
        {
            SourceId = $"topics/{item.MarketplaceId}/{item.Asin}/{polarity}/{topic.Topic}",
            Channel = Channels.Amazon,
            Kind = FeedbackKinds.ReviewInsight,
            ProductId = item.Asin,
            Title = $"{(topic.Positive ? "Praised" : "Criticised")}: {topic.Topic}" + (item.ItemName is { Length: > 0 } name ? $" ({name})" : ""),
            Body = body.ToString(),
            Language = language,
            OccurredAt = at,
            UpdatedAt = at,
        };
    }
}
