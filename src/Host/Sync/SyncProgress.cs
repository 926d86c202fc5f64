namespace Connectors.Host.Sync;

/// <summary>Running totals of a sync run, reported after each committed batch.</summary>
public sealed record SyncProgress(string Connector, string Stream, long Batches, long RecordsRead, long Problems);
