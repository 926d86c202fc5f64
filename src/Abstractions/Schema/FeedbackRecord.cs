namespace Connectors.Abstractions;

/// <summary>One piece of customer feedback: a review, a survey answer, a complaint, an order note.</summary>
public sealed record FeedbackRecord
{
    /// <summary>The item's id at the source; with the connector instance it is the record's key.</summary>
    public required string SourceId { get; init; }

    /// <summary>The channel, see <see cref="Channels"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>The kind, see <see cref="FeedbackKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The <see cref="CustomerRecord.SourceId"/> of the author at the same source, if known.</summary>
    public string? CustomerSourceId { get; init; }

    /// <summary>The order the feedback is about.</summary>
    public string? OrderId { get; init; }

    /// <summary>The product the feedback is about.</summary>
    public string? ProductId { get; init; }

    /// <summary>The rating, if the feedback has one.</summary>
    public Rating? Rating { get; init; }

    /// <summary>Title or subject.</summary>
    public string? Title { get; init; }

    /// <summary>The text.</summary>
    public string? Body { get; init; }

    /// <summary>BCP 47 language tag, if the source knows it.</summary>
    public string? Language { get; init; }

    /// <summary>When the customer gave the feedback.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>When the source last changed it.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>A link back to the item at the source.</summary>
    public Uri? Url { get; init; }

    /// <summary>Whether and how it has been answered.</summary>
    public ReplyState ReplyState { get; init; }
}
