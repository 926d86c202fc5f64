namespace Connectors.Host.Store.Entities;

/// <summary>Outbound work for a sink, written in the same transaction as the record that caused it.</summary>
public sealed class OutboxItemEntity
{
    public long Id { get; set; }

    public required string Sink { get; set; }

    /// <summary><c>customer</c>, <c>feedback</c>, <c>alert</c> or <c>review_request</c>.</summary>
    public required string ItemType { get; set; }

    public required string ItemKey { get; set; }

    /// <summary>Stable across retries; unique, so the same work is never queued twice.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>Set by the route: <c>low</c>, <c>normal</c>, <c>high</c>, <c>urgent</c>.</summary>
    public string? Priority { get; set; }

    /// <summary>The route that queued it.</summary>
    public string? Route { get; set; }

    /// <summary><c>pending</c>, <c>done</c>, <c>skipped</c> (nothing to do any more, the reason in <see cref="LastError"/>) or <c>dead</c> (moved to the dead letters).</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? SinkId { get; set; }

    public string? LastError { get; set; }
}
