using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// Review insights per ASIN as the Customer Feedback API aggregates them (topics with mentions, occurrence and
/// star-rating impact, up to three snippets, subtopics), derived from the seed and the ASIN; some ASINs have too few
/// reviews and get none (204).
/// </summary>
internal sealed class ReviewTopics(int seed)
{
    private static readonly ulong Stream = SandboxHash.Stream("amazon/review-topics");

    private static readonly (string Topic, string[] Subtopics, string[] Snippets)[] Positive =
    [
        ("Quality", ["Sturdy", "Well made"], ["Really solid build.", "Feels like it will last for years."]),
        ("Ease of use", ["Simple setup", "Intuitive"], ["Set it up in two minutes.", "Very easy to use."]),
        ("Value for money", ["Price"], ["Great value for the price.", "Cheaper than the shop and just as good."]),
        ("Design", ["Looks", "Colour"], ["Looks lovely in the kitchen.", "Nice colour, as pictured."]),
        ("Size", ["Fits well"], ["Exactly the size I needed."]),
        ("Delivery", ["Fast shipping"], ["Arrived a day early."]),
    ];

    private static readonly (string Topic, string[] Subtopics, string[] Snippets)[] Negative =
    [
        ("Durability", ["Broke quickly", "Wears out"], ["Stopped working after a month.", "The handle broke in the first week."]),
        ("Packaging", ["Damaged box"], ["Box arrived crushed.", "Poorly packed."]),
        ("Sizing", ["Runs small", "Runs large"], ["Much smaller than described."]),
        ("Smell", ["Chemical smell"], ["Strong chemical smell out of the box."]),
        ("Missing parts", ["Screws missing"], ["Two screws were missing."]),
        ("Instructions", ["Unclear"], ["The instructions are confusing."]),
    ];

    /// <summary>Whether the ASIN has enough reviews for insights in the marketplace.</summary>
    public bool HasInsights(Product product, string marketplaceId) =>
        SandboxHash.Unit(SandboxHash.Of(seed, Stream ^ SandboxHash.Stream(marketplaceId), product.Index)) >= 0.1;

    /// <summary>The topics of one side (positive or negative), sorted by mentions or by star-rating impact.</summary>
    public IReadOnlyList<ReviewTopic> Topics(Product product, string marketplaceId, bool positive, bool byImpact)
    {
        var source = positive ? Positive : Negative;
        var r = new DeterministicRandom(seed, Stream ^ SandboxHash.Stream(marketplaceId + (positive ? "+" : "-")), product.Index);
        var reviews = r.Next(40, 2000);
        var topics = source.Select(t =>
        {
            var mentions = r.Next(3, Math.Max(4, reviews / 4));
            var impact = Math.Round((positive ? 1 : -1) * (0.02 + r.NextDouble() * 0.4), 2);
            var subtopics = t.Subtopics.Select(s => new ReviewSubtopic(s, Math.Max(1, mentions / r.Next(2, 5)), reviews)).ToList();
            return new ReviewTopic(t.Topic, mentions, Math.Round(100.0 * mentions / reviews, 1), impact, [.. t.Snippets.Take(3)], subtopics);
        });
        return [.. (byImpact ? topics.OrderByDescending(t => Math.Abs(t.StarRatingImpact)) : topics.OrderByDescending(t => t.Mentions)).Take(10)];
    }
}

/// <summary>One review topic of an ASIN.</summary>
internal sealed record ReviewTopic(string Topic, int Mentions, double OccurrencePercentage, double StarRatingImpact, IReadOnlyList<string> Snippets, IReadOnlyList<ReviewSubtopic> Subtopics);

/// <summary>One subtopic.</summary>
internal sealed record ReviewSubtopic(string Subtopic, int Mentions, int Reviews);
