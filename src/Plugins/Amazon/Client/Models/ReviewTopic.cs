namespace Connectors.Plugins.Amazon.Client.Models;

/// <summary>One topic of getItemReviewTopics: what buyers mention about an item, how often, and how it moves its stars.</summary>
internal sealed record ReviewTopic(
    string Topic,
    bool Positive,
    int Mentions,
    double? OccurrencePercentage,
    double? StarRatingImpact,
    IReadOnlyList<string> Snippets,
    IReadOnlyList<string> Subtopics);
