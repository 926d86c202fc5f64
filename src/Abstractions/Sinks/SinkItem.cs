namespace Connectors.Abstractions;

/// <summary>One unit of outbound work for a sink: a customer to upsert or a feedback item to deliver.</summary>
public sealed record SinkItem
{
    /// <summary>Stable across retries; pass it to the sink's idempotency feature where it has one.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The customer, for customer items; for feedback items, its author when known.</summary>
    public CustomerRecord? Customer { get; init; }

    /// <summary>The feedback, for feedback items.</summary>
    public FeedbackRecord? Feedback { get; init; }

    /// <summary>The sink's id from an earlier successful push of the same record, to update instead of create.</summary>
    public string? ExistingSinkId { get; init; }

    /// <summary>Priority set by routing (<c>low</c>, <c>normal</c>, <c>high</c>, <c>urgent</c>).</summary>
    public string? Priority { get; init; }
}
