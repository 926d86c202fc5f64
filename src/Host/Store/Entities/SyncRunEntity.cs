namespace Connectors.Host.Store.Entities;

/// <summary>One run of one connector stream, with its counts; the row is updated with every committed batch.</summary>
public sealed class SyncRunEntity
{
    public long Id { get; set; }

    public required string Connector { get; set; }

    public required string Stream { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary><c>running</c>, <c>succeeded</c>, <c>failed</c>, <c>cancelled</c> or <c>interrupted</c> (the process died).</summary>
    public required string Status { get; set; }

    public long Batches { get; set; }

    public long RecordsRead { get; set; }

    public long Inserted { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Problems { get; set; }

    public string? Error { get; set; }
}
