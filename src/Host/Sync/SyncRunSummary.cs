using Connectors.Host.Store;

namespace Connectors.Host.Sync;

/// <summary>The outcome of one sync run of one stream.</summary>
public sealed record SyncRunSummary(
    long RunId,
    string Connector,
    string Stream,
    string Status,
    long Batches,
    long RecordsRead,
    WriteCounts Writes,
    long Problems,
    TimeSpan Duration,
    string? Error)
{
    public bool Succeeded => Status == SyncStatus.Succeeded;
}
