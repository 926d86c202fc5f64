using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Bulk;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>
/// Decides per run between a bulk backfill and paging: a bulk operation in the checkpoint is re-attached; a stream
/// never synced, or not caught up for longer than <see cref="ShopifyOptions.BulkThreshold"/>, starts one; then a paging
/// pass runs, which after a bulk picks up whatever changed while the operation ran.
/// </summary>
internal sealed class StreamRunner(BulkBackfill bulk, IncrementalPager pager, ShopifyOptions options, TimeProvider time, ILogger logger)
{
    public async IAsyncEnumerable<SourceBatch> RunAsync(
        ShopifyStream stream, ShopifyCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (checkpoint.Bulk is not null || StartsBulk(checkpoint))
        {
            logger.LogInformation("{Stream}: {Action} bulk backfill", stream.Name, checkpoint.Bulk is null ? "starting a" : "resuming the");
            await foreach (var batch in bulk.RunAsync(stream, checkpoint, cancellationToken))
            {
                yield return batch;
            }
        }

        await foreach (var batch in pager.RunAsync(stream, checkpoint, cancellationToken))
        {
            yield return batch;
        }
    }

    /// <summary>An unfinished pass is always finished by paging: switching to bulk midway would throw its cursor away for nothing.</summary>
    private bool StartsBulk(ShopifyCheckpoint checkpoint)
    {
        if (!options.UseBulk || checkpoint.Pass is not null)
        {
            return false;
        }

        var current = checkpoint.SyncedAt ?? checkpoint.Since;
        return current is null || time.GetUtcNow() - current.Value > options.BulkThreshold;
    }
}
