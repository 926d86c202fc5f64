namespace Connectors.Host.Store.Entities;

/// <summary>An input item a source skipped during a run, kept so the operator can find and fix it.</summary>
public sealed class SyncProblemEntity
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public required string Location { get; set; }

    public required string Reason { get; set; }
}
