using Connectors.Host.Sync;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Connectors.Host.Scheduling;

/// <summary>
/// The one Quartz job of the host: syncs the connector stream named in its data map. Lives in the host, not in a
/// plugin, because Quartz resolves job types by name in the default load context.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ConnectorSyncJob(SyncEngine engine, ILogger<ConnectorSyncJob> logger) : IJob
{
    public const string ConnectorKey = "connector";
    public const string StreamKey = "stream";

    public static JobKey KeyFor(string connector, string stream) => new($"{connector}.{stream}", "sync");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var connector = context.MergedJobDataMap.GetString(ConnectorKey)!;
        var stream = context.MergedJobDataMap.GetString(StreamKey)!;
        var summary = await engine.RunAsync(connector, stream, progress: null, cancellationToken);
        logger.LogInformation(
            "Sync {Connector}/{Stream} {Status}: {Read} read, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Problems} skipped in {Duration}",
            connector, stream, summary.Status, summary.RecordsRead, summary.Writes.Inserted, summary.Writes.Updated,
            summary.Writes.Unchanged, summary.Problems, summary.Duration);
    }
}
