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
}
