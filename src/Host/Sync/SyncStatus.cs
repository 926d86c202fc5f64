namespace Connectors.Host.Sync;

/// <summary>The states a sync run is recorded in.</summary>
public static class SyncStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Interrupted = "interrupted";
}
