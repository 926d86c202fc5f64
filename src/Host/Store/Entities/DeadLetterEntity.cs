namespace Connectors.Host.Store.Entities;

/// <summary>Outbound work a sink refused for good or that ran out of retries, with the reason; replayable.</summary>
public sealed class DeadLetterEntity
{
    public long Id { get; set; }

    public long OutboxItemId { get; set; }

    public required string Sink { get; set; }

    public required string ItemType { get; set; }

    public required string ItemKey { get; set; }

    public required string IdempotencyKey { get; set; }

    public int Attempts { get; set; }

    public required string Reason { get; set; }

    public DateTimeOffset FailedAt { get; set; }
}
