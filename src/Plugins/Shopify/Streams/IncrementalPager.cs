using Connectors.PluginSdk.Sources;
using System.Runtime.CompilerServices;
using Connectors.Abstractions;
using Connectors.Plugins.Shopify.Client;
using Microsoft.Extensions.Logging;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>
/// Pages through a connection sorted by <c>UPDATED_AT</c> from <c>since - overlap</c>, one batch and checkpoint per
/// page. A record changed while paging gets a newer <c>updatedAt</c>, so it sorts after the cursor and is met later in
/// the same pass or, at the latest, inside the next pass's window: nothing is missed.
/// </summary>
internal sealed class IncrementalPager(ShopifyApi api, ShopifyOptions options, TimeProvider time, ILogger logger)
{
    public async IAsyncEnumerable<SourceBatch> RunAsync(
        ShopifyStream stream, ShopifyCheckpoint checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var before = checkpoint.Serialize();
        checkpoint.Pass ??= new PassState(checkpoint.Since - options.Overlap, null, time.GetUtcNow());
        var pass = checkpoint.Pass;
        var filter = pass.From is { } from ? ShopifyQueries.UpdatedSince(from) : null;
        var cursor = pass.Cursor;
        var builder = new SourceBatchBuilder(CustomerMerges.FullestWins);
        var changed = false;
        while (true)
        {
            var page = await ReadPageAsync(stream, cursor, filter, cancellationToken);
            if (page.HasNextPage && page.EndCursor is null)
            {
                throw new ShopifyApiException($"{stream.Name}: a page said another follows but gave no end cursor; the endpoint is not paging as Shopify does");
            }

            foreach (var node in page.Nodes)
            {
                if (!checkpoint.AlreadySeen(node.Id, node.UpdatedAt))
                {
                    builder.Add(node.Customer, node.Feedback);
                    changed = true;
                }

                checkpoint.Commit(node.Id, node.UpdatedAt, options.Overlap);
            }

            cursor = page.EndCursor ?? cursor;
            checkpoint.Pass = page.HasNextPage ? pass with { Cursor = cursor } : null;
            // syncedAt only feeds the bulk threshold: refreshing it on every quiet run would write a checkpoint for nothing.
            if (!page.HasNextPage && (changed || checkpoint.SyncedAt is null || pass.StartedAt - checkpoint.SyncedAt > options.BulkThreshold / 4))
            {
                checkpoint.SyncedAt = pass.StartedAt;
            }

            var serialized = checkpoint.Serialize();
            // A run with nothing new yields nothing, so the host writes nothing.
            if (builder.Items > 0 || serialized != before)
            {
                yield return builder.Build(serialized);
                before = serialized;
            }

            if (!page.HasNextPage)
            {
                yield break;
            }
        }
    }

    private async Task<PageResult> ReadPageAsync(ShopifyStream stream, string? cursor, string? filter, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.ReadPageAsync(api, PageSize(stream), cursor, filter, cancellationToken);
        }
        catch (ShopifyApiException ex) when (cursor is not null && ex.StatusCode is null or System.Net.HttpStatusCode.OK
            && ex.Message.Contains("cursor", StringComparison.OrdinalIgnoreCase))
        {
            // A cursor from an earlier run may have expired; the pass's lower bound still holds, so start it over.
            logger.LogWarning("{Stream}: the saved cursor was refused ({Error}); restarting the pass from its lower bound", stream.Name, ex.Message);
            return await stream.ReadPageAsync(api, PageSize(stream), null, filter, cancellationToken);
        }
    }

    /// <summary>The configured page size, lowered so the page's requested cost stays within Shopify's 1,000-point limit.</summary>
    private int PageSize(ShopifyStream stream) => Math.Min(options.PageSize, stream.MaxPageSize(api.Version));
}
