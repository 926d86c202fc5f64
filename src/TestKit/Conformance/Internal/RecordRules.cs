using System.Text.RegularExpressions;
using Connectors.Abstractions;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>What makes a record valid in the common schema (docs/schema.md): the keys, the required fields and the rating's scale.</summary>
internal static partial class RecordRules
{
    // Feedback kinds are lower_snake_case names (review, survey_answer, ...): routes and alert rules match them as written.
    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex KindPattern();

    // Channels name a channel the same way everywhere: routes, alert rules and the store match them as written.
    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex ChannelPattern();

    public static IEnumerable<string> Problems(SourceBatch batch, string where)
    {
        foreach (var customer in batch.Customers)
        {
            foreach (var problem in Problems(customer))
            {
                yield return $"{where}: customer '{customer.SourceId}': {problem}";
            }
        }

        foreach (var feedback in batch.Feedback)
        {
            foreach (var problem in Problems(feedback))
            {
                yield return $"{where}: feedback '{feedback.SourceId}': {problem}";
            }
        }

        foreach (var message in batch.Messages)
        {
            foreach (var problem in Problems(message))
            {
                yield return $"{where}: message '{message.SourceId}': {problem}";
            }
        }

        foreach (var skipped in batch.Problems)
        {
            if (string.IsNullOrWhiteSpace(skipped.Location) || string.IsNullOrWhiteSpace(skipped.Reason))
            {
                yield return $"{where}: a skipped item needs its location and the reason, so the operator can find and fix it (was '{skipped.Location}': '{skipped.Reason}')";
            }
        }
    }

    private static IEnumerable<string> Problems(CustomerRecord customer)
    {
        foreach (var problem in Key(customer.SourceId).Concat(Channel(customer.Channel)))
        {
            yield return problem;
        }

        if (customer.Tags.Any(string.IsNullOrWhiteSpace))
        {
            yield return "has an empty tag";
        }

        if (customer.OrderIds.Any(string.IsNullOrWhiteSpace))
        {
            yield return "has an empty order id (order ids join customers across channels)";
        }

        if (customer.Identities.Any(i => string.IsNullOrWhiteSpace(i.Channel) || string.IsNullOrWhiteSpace(i.ExternalId)))
        {
            yield return "has an identity without its channel or external id";
        }

        if (customer.Country is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            yield return $"country '{country}' is not an ISO 3166-1 alpha-2 code such as \"DE\"";
        }
    }

    private static IEnumerable<string> Problems(FeedbackRecord feedback)
    {
        foreach (var problem in Key(feedback.SourceId).Concat(Channel(feedback.Channel)))
        {
            yield return problem;
        }

        if (string.IsNullOrEmpty(feedback.Kind) || !KindPattern().IsMatch(feedback.Kind))
        {
            yield return $"kind '{feedback.Kind}' is not a lower_snake_case feedback kind such as \"review\" or \"survey_answer\" (see FeedbackKinds)";
        }

        if (feedback.OccurredAt == default)
        {
            yield return "occurredAt is not set";
        }

        if (feedback.Rating is { } rating && RatingProblem(rating) is { } ratingProblem)
        {
            yield return ratingProblem;
        }

        if (feedback.Url is { IsAbsoluteUri: false } url)
        {
            yield return $"url '{url}' is not absolute; it is the link back to the item at the source";
        }

        if (feedback.CustomerSourceId is { } author && string.IsNullOrWhiteSpace(author))
        {
            yield return "customerSourceId is blank; leave it null when the author is unknown";
        }
    }

    private static IEnumerable<string> Problems(MessageRecord message)
    {
        foreach (var problem in Key(message.SourceId).Concat(Channel(message.Channel)))
        {
            yield return problem;
        }

        if (string.IsNullOrWhiteSpace(message.ThreadKey))
        {
            yield return "threadKey is empty";
        }

        if (string.IsNullOrWhiteSpace(message.SenderId))
        {
            yield return "senderId is empty";
        }

        if (message.SentAt == default)
        {
            yield return "sentAt is not set";
        }
    }

    /// <summary>A rating made other than by <see cref="Rating.FromScale"/> (a <c>default</c> one, say) says 0 on no scale.</summary>
    private static string? RatingProblem(Rating rating)
    {
        if (!Enum.IsDefined(rating.Scale))
        {
            return $"rating has the unknown scale {rating.Scale}";
        }

        var (min, max) = Rating.Bounds(rating.Scale);
        if (rating.Raw < min || rating.Raw > max)
        {
            return $"rating {rating.Raw} is outside its {rating.Scale} scale ({min}..{max}); make it with Rating.FromScale";
        }

        var expected = Rating.FromScale(rating.Raw, rating.Scale).Value;
        return Math.Abs(rating.Value - expected) > 1e-9
            ? $"rating value {rating.Value} is not raw {rating.Raw} normalised on its {rating.Scale} scale ({expected}); make it with Rating.FromScale"
            : null;
    }

    private static IEnumerable<string> Key(string sourceId)
    {
        if (string.IsNullOrWhiteSpace(sourceId))
        {
            yield return "sourceId is empty; with the connector it is the record's key";
        }
        else if (sourceId.Trim().Length != sourceId.Length)
        {
            yield return "sourceId has leading or trailing white space; keys are compared exactly";
        }
    }

    private static IEnumerable<string> Channel(string channel)
    {
        if (string.IsNullOrEmpty(channel) || !ChannelPattern().IsMatch(channel))
        {
            yield return $"channel '{channel}' is not a lower-case channel name such as \"shopify\" or \"survey\" (see Channels)";
        }
    }
}
