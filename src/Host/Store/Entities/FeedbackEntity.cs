namespace Connectors.Host.Store.Entities;

/// <summary>A feedback item in the common schema; the key is <c>source instance:source id</c>.</summary>
public sealed class FeedbackEntity
{
    public required string Key { get; set; }

    public required string SourceInstance { get; set; }

    public required string SourceId { get; set; }

    public required string Channel { get; set; }

    public required string Kind { get; set; }

    public long? CustomerId { get; set; }

    public string? CustomerSourceId { get; set; }

    public string? OrderId { get; set; }

    public string? ProductId { get; set; }

    public double? Rating { get; set; }

    public double? RatingRaw { get; set; }

    public string? RatingScale { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? Language { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? Url { get; set; }

    public required string ReplyState { get; set; }

    public long ContentHash { get; set; }

    public DateTimeOffset StoredAt { get; set; }

    /// <summary>The order id normalised for matching (see <c>OrderKey</c>), so an answer that names only its order finds the buyer.</summary>
    public string? OrderKey { get; set; }

    /// <summary>How the customer was found: <c>source</c> (the author's record) or <c>order</c> (the order's buyer).</summary>
    public string? CustomerMatch { get; set; }

    // What the enrichers found, for routes, reports and sinks; every annotation with its enricher and version is in Annotations.

    /// <summary>The language as identified (or as the source stated it, when the text agrees).</summary>
    public string? DetectedLanguage { get; set; }

    /// <summary>Sentiment in -1..1.</summary>
    public double? Sentiment { get; set; }

    /// <summary><c>negative</c>, <c>neutral</c> or <c>positive</c>.</summary>
    public string? SentimentLabel { get; set; }

    /// <summary>Topics as a JSON array.</summary>
    public string? Topics { get; set; }

    /// <summary><c>low</c>, <c>normal</c>, <c>high</c> or <c>urgent</c>.</summary>
    public string? Priority { get; set; }

    /// <summary>Every annotation as a JSON array of objects (name, value, score, evidence, enricher, version).</summary>
    public string? Annotations { get; set; }

    public DateTimeOffset? EnrichedAt { get; set; }
}
