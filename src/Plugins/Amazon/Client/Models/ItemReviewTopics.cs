namespace Connectors.Plugins.Amazon.Client.Models;

/// <summary>The review topics of one ASIN in one marketplace over Amazon's window (weekly, ending on a Sunday).</summary>
internal sealed record ItemReviewTopics(string Asin, string? ItemName, string MarketplaceId, DateTimeOffset? EndDate, IReadOnlyList<ReviewTopic> Topics);
