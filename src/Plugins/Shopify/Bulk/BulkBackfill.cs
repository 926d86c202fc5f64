using Connectors.PluginSdk.Sources;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Client;
using Connectors.Plugins.Shopify.Client.Models;
using Connectors.Plugins.Shopify.Streams;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Shopify.Bulk;

/// <summary>
/// Backfills a stream through a bulk operation: start it and commit its id at once (so a restarted host re-attaches
/// instead of starting again), poll until it finishes, stream the JSONL result in batches that each commit the
/// lines consumed, then switch the checkpoint to incremental mode from the operation's start minus the overlap.
/// A failed operation's partial data is consumed and the stream falls back to paging.
/// </summary>
internal sealed class BulkBackfill(
    ShopifyApi api, BulkOperationRunner runner, BulkResultDownloader downloader, ShopifyOptions options, TimeProvider time, ILogger logger)
{

    public async IAsyncEnumerable<SourceBatch> RunAsync(
        ShopifyStream stream, ShopifyCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (checkpoint.Bulk is null)
        {
            var filter = checkpoint.Since is { } since ? ShopifyQueries.UpdatedSince(since - options.Overlap) : null;
            var started = await runner.StartAsync(stream.BulkQuery(api.Version, filter), cancellationToken);
            checkpoint.Bulk = new BulkState(started.Id!, 0);
            yield return new SourceBatch { Checkpoint = checkpoint.Serialize() };
        }

        var bulk = checkpoint.Bulk;
        var operation = await runner.WaitAsync(bulk.Id, cancellationToken);
        var (url, partial) = ResultOf(stream, bulk.Id, operation);
        var completed = operation?.Status == BulkStatus.Completed;
        var builder = new SourceBatchBuilder(CustomerMerges.FullestWins);
        if (url is not null)
        {
            checkpoint.Bulk = bulk with { Partial = partial };
            var attempts = 0;
            var lastLine = bulk.Lines;
            while (true)
            {
                Exception? failure = null;
                var gone = false;
                var enumerator = downloader.ReadAsync(url, checkpoint.Bulk.Lines, cancellationToken).GetAsyncEnumerator(cancellationToken);
                try
                {
                    while (true)
                    {
                        try
                        {
                            if (!await enumerator.MoveNextAsync())
                            {
                                break;
                            }
                        }
                        catch (ShopifyApiException ex)
                        {
                            logger.LogWarning("{Stream}: {Error}; falling back to paging", stream.Name, ex.Message);
                            gone = true;
                            break;
                        }
                        catch (Exception ex) when (IsTransient(ex, cancellationToken))
                        {
                            failure = ex;
                            break;
                        }

                        var (line, node) = enumerator.Current;
                        // A full batch goes out only when another line follows, so the last one carries the switch to incremental.
                        if (node is not null && builder.Items >= options.BulkBatchSize)
                        {
                            checkpoint.Bulk = checkpoint.Bulk with { Lines = lastLine };
                            yield return builder.Build(checkpoint.Serialize());
                        }

                        lastLine = line;
                        if (node is not null)
                        {
                            builder.Add(node.Customer, node.Feedback);
                        }
                    }
                }
                finally
                {
                    await enumerator.DisposeAsync();
                }

                if (gone)
                {
                    completed = false;
                    break;
                }

                if (failure is null && !partial && operation?.ObjectCount is { } expected && lastLine < expected)
                {
                    failure = new IOException($"the bulk result ended after {lastLine} of {expected} lines");
                }

                if (failure is null)
                {
                    checkpoint.Bulk = checkpoint.Bulk with { Lines = lastLine };
                    break;
                }

                if (++attempts >= RetryPolicy.TransientAttempts)
                {
                    throw new ShopifyApiException($"downloading bulk result {bulk.Id} failed {attempts} times: {failure.Message}", failure);
                }

                // Lines read since the last committed batch are dropped and read again from the committed count.
                logger.LogWarning("{Stream}: bulk download broke off ({Error}); resuming after line {Lines}", stream.Name, failure.Message, checkpoint.Bulk.Lines);
                builder = new SourceBatchBuilder(CustomerMerges.FullestWins);
                lastLine = checkpoint.Bulk.Lines;
                await Task.Delay(RetryPolicy.Backoff(attempts), time, cancellationToken);
            }
        }

        Finish(checkpoint, completed ? operation : null);
        yield return builder.Build(checkpoint.Serialize());
    }

    /// <summary>Where to read the result from, or <c>null</c> when there is nothing to read.</summary>
    private (Uri? Url, bool Partial) ResultOf(ShopifyStream stream, string id, BulkOperationDto? operation)
    {
        switch (operation?.Status)
        {
            case BulkStatus.Completed:
                return (operation.Url, false);
            case BulkStatus.Failed when operation.PartialDataUrl is not null:
                logger.LogWarning("{Stream}: bulk operation {Id} failed ({Code}); reading its partial data, then paging", stream.Name, id, operation.ErrorCode);
                return (operation.PartialDataUrl, true);
            case null:
                logger.LogWarning("{Stream}: bulk operation {Id} is no longer known to Shopify; paging instead", stream.Name, id);
                return (null, false);
            default:
                logger.LogWarning("{Stream}: bulk operation {Id} ended {Status} ({Code}); paging instead", stream.Name, id, operation.Status, operation.ErrorCode);
                return (null, false);
        }
    }

    /// <summary>
    /// After a completed operation the stream is current as of the operation's start (Shopify's clock, so no skew);
    /// otherwise a paging pass from the old high-water takes over, and being a pass it is never preempted by another bulk.
    /// </summary>
    private void Finish(ShopifyCheckpoint checkpoint, BulkOperationDto? completed)
    {
        checkpoint.Bulk = null;
        checkpoint.Seen.Clear();
        if (completed is not null)
        {
            var startedAt = completed.CreatedAt ?? time.GetUtcNow();
            checkpoint.Since = startedAt - options.Overlap;
            checkpoint.SyncedAt = startedAt;
            checkpoint.Pass = null;
        }
        else
        {
            checkpoint.Pass = new PassState(checkpoint.Since - options.Overlap, null, time.GetUtcNow());
        }
    }

    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is IOException or HttpRequestException or JsonException
        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
