using System.ComponentModel.DataAnnotations;
using Connectors.Abstractions;

namespace Connectors.Host.Routing;

/// <summary>
/// What a feedback item must be for a route, a priority rule or an alert to take it: every condition given must hold
/// (an empty list or a missing bound is no condition). Lists of names match in any case.
/// </summary>
public sealed class FeedbackCondition : IValidatableObject
{
    internal static readonly string[] SentimentLabels = ["negative", "neutral", "positive"];
    internal static readonly string[] ConsentKinds = ["email_marketing", "sms"];

    /// <summary>Any of these channels (<c>shopify</c>, <c>trustpilot</c>, ...).</summary>
    public List<string> Channels { get; set; } = [];

    /// <summary>Any of these kinds (<c>review</c>, <c>survey_answer</c>, ...).</summary>
    public List<string> Kinds { get; set; } = [];

    /// <summary>Normalised rating (0 worst, 1 best) at most this; items without a rating never match.</summary>
    [Range(0.0, 1.0, ErrorMessage = "must be between 0 and 1 (ratings are normalised: 1 star is 0, 5 stars is 1, NPS 6 is 0.6)")]
    public double? RatingAtMost { get; set; }

    /// <summary>Normalised rating at least this.</summary>
    [Range(0.0, 1.0, ErrorMessage = "must be between 0 and 1 (ratings are normalised: 1 star is 0, 5 stars is 1, NPS 6 is 0.6)")]
    public double? RatingAtLeast { get; set; }

    /// <summary>Any of these sentiment labels: <c>negative</c>, <c>neutral</c>, <c>positive</c>.</summary>
    public List<string> Sentiment { get; set; } = [];

    /// <summary>Sentiment score (-1..1) at most this.</summary>
    [Range(-1.0, 1.0, ErrorMessage = "must be between -1 and 1")]
    public double? SentimentAtMost { get; set; }

    /// <summary>Sentiment score at least this.</summary>
    [Range(-1.0, 1.0, ErrorMessage = "must be between -1 and 1")]
    public double? SentimentAtLeast { get; set; }

    /// <summary>Any of these languages (ISO 639-1, as detected or stated).</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>At least one of these topics.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Every one of these topics.</summary>
    public List<string> AllTopics { get; set; } = [];

    /// <summary>Priority (from enrichment) at least this.</summary>
    public Priority? PriorityAtLeast { get; set; }

    /// <summary>The customer's country is one of these (ISO 3166-1 alpha-2).</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>The customer has at least one of these tags.</summary>
    public List<string> CustomerTags { get; set; } = [];

    /// <summary>The customer has granted each of these: <c>email_marketing</c>, <c>sms</c>.</summary>
    public List<string> Consent { get; set; } = [];

    /// <summary>The customer has at least this many orders across every source (2 = a repeat buyer).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "must be 0 or more")]
    public int? CustomerOrdersAtLeast { get; set; }

    /// <summary>Whether anything is asked of the customer (country, tags, consent, orders).</summary>
    internal bool NeedsCustomer => Countries.Count > 0 || CustomerTags.Count > 0 || Consent.Count > 0 || CustomerOrdersAtLeast is not null;

    /// <summary>Whether anything is asked at all.</summary>
    internal bool IsEmpty => Channels.Count == 0 && Kinds.Count == 0 && RatingAtMost is null && RatingAtLeast is null && Sentiment.Count == 0
        && SentimentAtMost is null && SentimentAtLeast is null && Languages.Count == 0 && Topics.Count == 0 && AllTopics.Count == 0
        && PriorityAtLeast is null && !NeedsCustomer;

    /// <summary>Whether any topic is asked for.</summary>
    internal bool NamesTopics => Topics.Count > 0 || AllTopics.Count > 0;

    /// <summary>A copy that asks everything this one does except the topics: the feedback a topic's share is a share of.</summary>
    internal FeedbackCondition WithoutTopics()
    {
        var copy = (FeedbackCondition)MemberwiseClone();
        copy.Topics = [];
        copy.AllTopics = [];
        return copy;
    }

    /// <summary>Whether the item meets every condition given; the customer is read only if the item's own conditions hold.</summary>
    /// <remarks>
    /// No lambdas: the priority rules test every new or changed item, and a lambda over <paramref name="facts"/> made
    /// a closure on every call and a delegate for each list it looked in.
    /// </remarks>
    public bool Matches(FeedbackFacts facts)
    {
        var f = facts.Feedback;
        var itemHolds = AnyOf(Channels, f.Channel) && AnyOf(Kinds, f.Kind)
            && (RatingAtMost is not { } most || (f.Rating is { } r1 && r1.Value <= most + 1e-9))
            && (RatingAtLeast is not { } least || (f.Rating is { } r2 && r2.Value >= least - 1e-9))
            && AnyOf(Sentiment, facts.SentimentLabel)
            && (SentimentAtMost is not { } sMost || (facts.Sentiment is { } s1 && s1 <= sMost + 1e-9))
            && (SentimentAtLeast is not { } sLeast || (facts.Sentiment is { } s2 && s2 >= sLeast - 1e-9))
            && AnyOf(Languages, facts.Language)
            && (Topics.Count == 0 || AnyHeld(Topics, facts.Topics))
            && AllHeld(AllTopics, facts.Topics)
            && (PriorityAtLeast is not { } floor || (facts.Priority is { } p && p >= floor));
        if (!itemHolds || !NeedsCustomer)
        {
            return itemHolds;
        }

        var c = facts.Customer;
        return c is not null
            && AnyOf(Countries, c.Country)
            && (CustomerTags.Count == 0 || AnyHeld(CustomerTags, c.Tags))
            && HasConsent(Consent, c)
            && (CustomerOrdersAtLeast is not { } orders || c.OrderCount >= orders);
    }

    /// <summary>Whether <paramref name="held"/> holds any of <paramref name="wanted"/>, in any case.</summary>
    private static bool AnyHeld(List<string> wanted, IReadOnlyList<string> held)
    {
        foreach (var t in wanted)
        {
            if (FeedbackFacts.Holds(held, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="held"/> holds every one of <paramref name="wanted"/>, in any case.</summary>
    private static bool AllHeld(List<string> wanted, IReadOnlyList<string> held)
    {
        foreach (var t in wanted)
        {
            if (!FeedbackFacts.Holds(held, t))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the customer granted every kind of consent asked for.</summary>
    private static bool HasConsent(List<string> kinds, CustomerProfile c)
    {
        foreach (var k in kinds)
        {
            if (!(k.Equals("sms", StringComparison.OrdinalIgnoreCase) ? c.SmsConsent == true : c.EmailMarketingConsent == true))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The conditions the item does not meet, each with what the item is instead (for <c>routes test</c>).</summary>
    public IEnumerable<string> Unmet(FeedbackFacts facts)
    {
        var f = facts.Feedback;
        var rating = f.Rating is { } r ? $"{r.Value:0.##} ({r.Describe()})" : "none";
        var sentiment = facts.SentimentLabel is null ? "none" : $"{facts.SentimentLabel} {facts.Sentiment:0.##}";
        var topics = facts.Topics.Count == 0 ? "none" : string.Join(", ", facts.Topics);
        var checks = new (bool Holds, string What)[]
        {
            (AnyOf(Channels, f.Channel), $"channels {string.Join(", ", Channels)} (is {f.Channel})"),
            (AnyOf(Kinds, f.Kind), $"kinds {string.Join(", ", Kinds)} (is {f.Kind})"),
            (RatingAtMost is not { } most || (f.Rating is { } r1 && r1.Value <= most + 1e-9), $"ratingAtMost {RatingAtMost} (is {rating})"),
            (RatingAtLeast is not { } least || (f.Rating is { } r2 && r2.Value >= least - 1e-9), $"ratingAtLeast {RatingAtLeast} (is {rating})"),
            (AnyOf(Sentiment, facts.SentimentLabel), $"sentiment {string.Join(", ", Sentiment)} (is {sentiment})"),
            (SentimentAtMost is not { } sMost || (facts.Sentiment is { } s1 && s1 <= sMost + 1e-9), $"sentimentAtMost {SentimentAtMost} (is {sentiment})"),
            (SentimentAtLeast is not { } sLeast || (facts.Sentiment is { } s2 && s2 >= sLeast - 1e-9), $"sentimentAtLeast {SentimentAtLeast} (is {sentiment})"),
            (AnyOf(Languages, facts.Language), $"languages {string.Join(", ", Languages)} (is {facts.Language ?? "unknown"})"),
            (Topics.Count == 0 || Topics.Any(t => facts.Topics.Contains(t, StringComparer.OrdinalIgnoreCase)), $"topics {string.Join(", ", Topics)} (has {topics})"),
            (AllTopics.All(t => facts.Topics.Contains(t, StringComparer.OrdinalIgnoreCase)), $"allTopics {string.Join(", ", AllTopics)} (has {topics})"),
            (PriorityAtLeast is not { } floor || (facts.Priority is { } p && p >= floor), $"priorityAtLeast {PriorityAtLeast} (is {facts.Priority?.ToString() ?? "none"})"),
        };
        foreach (var (holds, what) in checks)
        {
            if (!holds)
            {
                yield return what;
            }
        }

        if (!NeedsCustomer)
        {
            yield break;
        }

        if (facts.Customer is not { } c)
        {
            yield return "customer conditions (the item has no known customer)";
            yield break;
        }

        if (!AnyOf(Countries, c.Country))
        {
            yield return $"countries {string.Join(", ", Countries)} (is {c.Country ?? "unknown"})";
        }

        if (CustomerTags.Count > 0 && !CustomerTags.Any(t => c.Tags.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"customerTags {string.Join(", ", CustomerTags)} (has {string.Join(", ", c.Tags)})";
        }

        foreach (var kind in Consent.Where(k => (k.Equals("sms", StringComparison.OrdinalIgnoreCase) ? c.SmsConsent : c.EmailMarketingConsent) != true))
        {
            yield return $"consent {kind} (not granted)";
        }

        if (CustomerOrdersAtLeast is { } orders && c.OrderCount < orders)
        {
            yield return $"customerOrdersAtLeast {orders} (has {c.OrderCount})";
        }
    }

    private static bool AnyOf(List<string> allowed, string? value) =>
        allowed.Count == 0 || (value is not null && allowed.Contains(value, StringComparer.OrdinalIgnoreCase));

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var label in Sentiment.Where(l => !SentimentLabels.Contains(l, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult($"'{label}' is not a sentiment; use {string.Join(", ", SentimentLabels)}", [nameof(Sentiment)]);
        }

        foreach (var kind in Consent.Where(k => !ConsentKinds.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult($"'{kind}' is not a kind of consent; use {string.Join(" or ", ConsentKinds)}", [nameof(Consent)]);
        }

        if (RatingAtLeast > RatingAtMost)
        {
            yield return new ValidationResult($"is above ratingAtMost ({RatingAtMost}); no item could match", [nameof(RatingAtLeast)]);
        }

        if (SentimentAtLeast > SentimentAtMost)
        {
            yield return new ValidationResult($"is above sentimentAtMost ({SentimentAtMost}); no item could match", [nameof(SentimentAtLeast)]);
        }
    }
}
