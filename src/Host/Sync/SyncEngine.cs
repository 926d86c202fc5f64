using Connectors.Abstractions;
using Connectors.Host.Logging;
using Connectors.Host.Store;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Sync;

/// <summary>
/// Runs one stream of one source connector from its last checkpoint: every batch the source yields is committed
/// with its checkpoint in one transaction, and the run is recorded with its counts.
/// </summary>
public sealed class SyncEngine(
    ConnectorRegistry connectors,
    IStoreConnectionFactory store,
    PipelineStages stages,
    SyncRunLog runs,
    SecretRedactor redactor,
    TimeProvider time,
    ILogger<SyncEngine> logger)
{
    public async Task<SyncRunSummary> RunAsync(string connectorName, string stream, IProgress<SyncProgress>? progress, CancellationToken ct)
    {
        var streams = connectors.StreamsOf(connectorName);
        if (!streams.Contains(stream, StringComparer.Ordinal))
        {
            throw new ArgumentException($"connector '{connectorName}' has no stream '{stream}'; its streams are: {string.Join(", ", streams)}", nameof(stream));
        }

        var source = connectors.GetSource(connectorName);

        var started = time.GetTimestamp();
        var runId = await runs.StartAsync(connectorName, stream, ct);
        long batches = 0, read = 0, problems = 0;
        var writes = new WriteCounts();
        string status = SyncStatus.Succeeded;
        string? error = null;
        try
        {
            var checkpoint = await runs.CheckpointAsync(connectorName, stream, ct);
            logger.LogInformation("Sync {Connector}/{Stream} (run {RunId}) starts from {Checkpoint}", connectorName, stream, runId,
                checkpoint is null ? "the beginning" : "its checkpoint");
            await using var writer = await BatchPipeline.OpenAsync(store, stages, ct);
            // Batches that keep coming share a transaction; the writer commits what it holds before it waits on the source.
            var prepared = BatchPrefetch.ReadAhead(
                source.ReadAsync(stream, checkpoint, ct), batch => writer.Prepare(connectorName, batch, time.GetUtcNow()),
                async () => writes += await writer.CommitPendingAsync(ct), ct);
            try
            {
                await foreach (var next in prepared)
                {
                    var batch = next.Batch;
                    writes += await writer.WriteAsync(connectorName, stream, runId, next, time.GetUtcNow(), commitNow: false, ct);
                    batches++;
                    read += batch.RecordCount;
                    problems += batch.Problems.Count;
                    foreach (var problem in batch.Problems.Take(5))
                    {
                        logger.LogWarning("{Connector}/{Stream}: skipped {Location}: {Reason}", connectorName, stream, problem.Location, problem.Reason);
                    }

                    progress?.Report(new SyncProgress(connectorName, stream, batches, read, problems));
                }
            }
            finally
            {
                // A source that fails or a run that is cancelled keeps every batch it wrote whole.
                writes += await writer.CommitPendingAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            status = SyncStatus.Cancelled;
            error = "cancelled; the next run resumes from the last committed batch";
        }
        catch (Exception ex)
        {
            status = SyncStatus.Failed;
            error = redactor.Redact($"{ex.GetType().Name}: {ex.Message}");
            // The message is for the operator; the stack only for whoever debugs the plugin (-v shows it).
            logger.LogError("Sync {Connector}/{Stream} failed after {Batches} committed batches: {Error}", connectorName, stream, batches, error);
            logger.LogDebug(ex, "Sync {Connector}/{Stream} failure details", connectorName, stream);
        }

        await runs.FinishAsync(runId, status, error);
        return new SyncRunSummary(runId, connectorName, stream, status, batches, read, writes, problems, time.GetElapsedTime(started), error);
    }
}
