namespace Connectors.Abstractions;

/// <summary>One queued reply, handed to its <see cref="IReplyTarget"/>.</summary>
public sealed record ReplyRequest
{
    /// <summary>Stable across retries: one per reply.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The source's id of what is answered: the feedback item's <see cref="FeedbackRecord.SourceId"/>, or a thread's id.</summary>
    public required string SourceId { get; init; }

    /// <summary>The answer, as the operator wrote or approved it.</summary>
    public required string Text { get; init; }

    /// <summary>The feedback answered, as stored.</summary>
    public FeedbackRecord? Feedback { get; init; }

    /// <summary>Its author as the host knows them (unified across channels), when known.</summary>
    public CustomerRecord? Customer { get; init; }
}
