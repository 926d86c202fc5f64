using Connectors.Host.Outbox;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Connectors.Host.Sync;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Enrichment;

/// <summary>
/// Runs the enabled enrichers again over stored feedback (after a rule, taxonomy or model change), a page at a time,
/// each page in its own transaction: the annotation columns, the annotations and the item's topics are replaced.
/// Nothing is routed again: the sinks are not sent old items a second time.
/// </summary>
public sealed class Reenrichment(IDbContextFactory<ConnectorsDbContext> contexts, IStoreConnectionFactory store, EnrichmentStage stage, TimeProvider time)
{
    private const int PageSize = 500;

    /// <summary>Re-enriches every item that occurred at or after <paramref name="since"/>; returns how many items, and how many changed priority.</summary>
    public async Task<(long Items, long PriorityChanged)> RunAsync(DateTimeOffset since, IProgress<long>? progress, CancellationToken ct)
    {
        long items = 0, changed = 0;
        string? after = null;
        await using var connection = await store.OpenAsync(ct);
        using var update = new RowStatement(connection,
            "UPDATE feedback SET detected_language = ?2, sentiment = ?3, sentiment_label = ?4, topics = ?5, priority = ?6, annotations = ?7, enriched_at = ?8 WHERE key = ?1");
        using var topics = new FeedbackTopicWriter(connection);
        using var profiles = new CustomerProfiles(connection);
        while (true)
        {
            List<FeedbackEntity> page;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
#pragma warning disable CA1309 // EF Core turns this overload into SQL's >, which SQLite evaluates byte by byte: ordinal already.
                page = await db.Feedback.AsNoTracking().Where(f => f.OccurredAt >= since && (after == null || string.Compare(f.Key, after) > 0))
                    .OrderBy(f => f.Key).Take(PageSize).ToListAsync(ct);
#pragma warning restore CA1309
            }

            if (page.Count == 0)
            {
                return (items, changed);
            }

            await using var tx = await connection.BeginTransactionAsync(ct);
            profiles.BeginBatch();
            var now = time.GetUtcNow();
            // The record-only enrichers key their findings as the store keys items: connector and source id.
            foreach (var connector in page.GroupBy(f => f.SourceInstance))
            {
                var work = connector.Select(f => (Before: f.Priority, Item: new FeedbackItem(StoredRecords.Feedback(f), f))).ToList();
                var prepared = stage.Prepare(connector.Key, [.. work.Select(w => w.Item.Record)]);
                await stage.AnnotateAsync([.. work.Select(w => w.Item)], prepared, profiles.Get, now, ct);
                foreach (var (before, item) in work)
                {
                    var r = item.Row;
                    update.Run([r.Key, r.DetectedLanguage, r.Sentiment, r.SentimentLabel, r.Topics, r.Priority, r.Annotations, r.EnrichedAt]);
                    topics.Set(r.Key, item.Topics, isNew: false);
                    changed += before == r.Priority ? 0 : 1;
                }
            }

            await tx.CommitAsync(ct);
            items += page.Count;
            after = page[^1].Key;
            progress?.Report(items);
        }
    }
}
