namespace Connectors.Abstractions;

/// <summary>One unit of outbound work for a sink: a customer to upsert, a feedback item to deliver, or an alert.</summary>
public sealed record SinkItem
{
    /// <summary>Stable across retries; pass it to the sink's idempotency feature where it has one.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>The customer, for customer items; for feedback items, its author when known.</summary>
    public CustomerRecord? Customer { get; init; }

    /// <summary>The feedback, for feedback items.</summary>
    public FeedbackRecord? Feedback { get; init; }

    /// <summary>What the enrichers found about the feedback (language, sentiment, topics, priority, ...).</summary>
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    /// <summary>The alert, for alert items (sinks that declare <see cref="PluginCapabilities.Alerts"/>).</summary>
    public AlertRecord? Alert { get; init; }

    /// <summary>The sink's id from an earlier successful push of the same record, to update instead of create.</summary>
    public string? ExistingSinkId { get; init; }

    /// <summary>Priority set by routing; <c>null</c> leaves it to the sink's default.</summary>
    public Priority? Priority { get; init; }

    /// <summary>The route that sent the item here.</summary>
    public string? Route { get; init; }

    /// <summary>
    /// The text the route's template rendered for this item (a ticket's subject and body, a note, a message);
    /// <c>null</c> when the route has no template and the sink writes its own.
    /// </summary>
    public RenderedContent? Content { get; init; }
}
