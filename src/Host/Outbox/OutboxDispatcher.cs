using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Logging;
using Connectors.Host.Replies;
using Connectors.Host.ReviewRequests;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Connectors.Host.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Outbox;

/// <summary>
/// Drains one target's outbox (a sink, or a source that sends review requests): due items in order, in batches of the sink's size, paced to its rate budget, with a
/// result recorded per item — done (with the sink's id, kept for later updates), retried later (backoff with
/// jitter, Retry-After honoured), skipped with the reason when there is nothing to do any more, or dead-lettered with
/// the sink's error so it never blocks the items behind it.
/// </summary>
public sealed class OutboxDispatcher(
    ConnectorRegistry connectors,
    IDbContextFactory<ConnectorsDbContext> contexts,
    SinkRateLimiters limiters,
    SinkItemBuilder builder,
    ReviewRequestSender reviewSender,
    ReplySender replySender,
    SecretRedactor redactor,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public async Task<DispatchSummary> DispatchAsync(string targetName, CancellationToken ct)
    {
        var target = connectors.Get(targetName);
        var sink = target as ISinkConnector;
        if (sink is null && target is not (IReviewRequestTarget or IReplyTarget))
        {
            throw new InvalidOperationException($"connector '{targetName}' is a source that takes no outbound work; only sinks and sources that reply or send review requests do");
        }

        var limiter = sink is null ? null : limiters.For(targetName, sink.Limits);
        var batchSize = sink is null ? ReviewRequestSender.BatchSize : Math.Max(1, sink.Limits.BatchSize);
        var started = time.GetTimestamp();
        int batches = 0, done = 0, retried = 0, dead = 0, skipped = 0;
        while (!ct.IsCancellationRequested)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var now = time.GetUtcNow();
            var due = await db.Outbox
                .Where(o => o.Sink == targetName && o.Status == OutboxStatus.Pending && o.DueAt <= now)
                .OrderBy(o => o.Id).Take(batchSize).ToListAsync(ct);
            if (due.Count == 0)
            {
                break;
            }

            var results = sink is not null
                ? await PushToSinkAsync(db, sink, limiter!, due, ct)
                : await RunChannelActionsAsync(db, target, targetName, due, ct);
            if (results is null)
            {
                break;
            }

            foreach (var item in due)
            {
                // An item the target left without a result and moved to later (a window not yet open) is not an attempt.
                if (!results.TryGetValue(item.IdempotencyKey, out var result) && item.DueAt > now)
                {
                    continue;
                }

                switch (Apply(db, item, result, time.GetUtcNow()))
                {
                    case SinkOutcome.Done: done++; break;
                    case SinkOutcome.Retry: retried++; break;
                    case SinkOutcome.Skipped: skipped++; break;
                    default: dead++; break;
                }
            }

            await db.SaveChangesAsync(ct);
            batches++;
        }

        await using var count = await contexts.CreateDbContextAsync(CancellationToken.None);
        var pending = await count.Outbox.CountAsync(o => o.Sink == targetName && o.Status == OutboxStatus.Pending, CancellationToken.None);
        var summary = new DispatchSummary(targetName, batches, done, retried, dead, pending, time.GetElapsedTime(started)) { Skipped = skipped };
        logger.LogInformation("Dispatch to {Sink}: {Done} done, {Retried} to retry, {Skipped} skipped, {Dead} dead-lettered, {Pending} pending",
            targetName, done, retried, skipped, dead, pending);
        return summary;
    }

    /// <summary>Builds and pushes one batch to a sink, paced to its budget; <c>null</c> when the budget is gone (shutting down).</summary>
    private async Task<Dictionary<string, SinkItemResult>?> PushToSinkAsync(
        ConnectorsDbContext db, ISinkConnector sink, System.Threading.RateLimiting.RateLimiter limiter, List<OutboxItemEntity> due, CancellationToken ct)
    {
        var built = await builder.BuildAsync(db, due, ct);
        var items = built.Values.Where(b => b.Item is not null).Select(b => b.Item!).ToList();
        var results = new Dictionary<string, SinkItemResult>();
        if (items.Count > 0)
        {
            using (var lease = await limiter.AcquireAsync(1, ct))
            {
                if (!lease.IsAcquired)
                {
                    return null;
                }
            }

            results = await PushAsync(sink, items, ct);
        }

        // An item that could not be built (its template failed) is refused for good, with the reason.
        foreach (var o in due.Where(o => built[o.Id].Error is not null))
        {
            results[o.IdempotencyKey] = SinkItemResult.Failed(o.IdempotencyKey, built[o.Id].Error!);
        }

        return results;
    }

    /// <summary>A source's own outbound work, by kind: review requests and replies, each through its sender.</summary>
    private async Task<Dictionary<string, SinkItemResult>> RunChannelActionsAsync(
        ConnectorsDbContext db, IConnector target, string targetName, List<OutboxItemEntity> due, CancellationToken ct)
    {
        var results = new Dictionary<string, SinkItemResult>(StringComparer.Ordinal);
        foreach (var kind in due.GroupBy(o => o.ItemType, StringComparer.Ordinal))
        {
            var items = kind.ToList();
            var done = (kind.Key, target) switch
            {
                (ReviewRequestWriter.ItemType, IReviewRequestTarget requests) => await reviewSender.SendAsync(db, requests, targetName, items, ct),
                (ReplyStatus.ItemType, IReplyTarget replies) => await replySender.SendAsync(db, replies, items, ct),
                _ => items.ToDictionary(o => o.IdempotencyKey, o => SinkItemResult.Failed(o.IdempotencyKey, $"connector '{targetName}' cannot take {o.ItemType} items")),
            };
            foreach (var (key, result) in done)
            {
                results[key] = result;
            }
        }

        return results;
    }

    /// <summary>A whole batch that throws is a passing failure of every item in it: the sink may be down.</summary>
    private async Task<Dictionary<string, SinkItemResult>> PushAsync(ISinkConnector sink, List<SinkItem> items, CancellationToken ct)
    {
        try
        {
            var results = await sink.PushAsync(items, ct);
            return results.GroupBy(r => r.IdempotencyKey).ToDictionary(g => g.Key, g => g.Last());
        }
#pragma warning disable CA1031 // Whatever a third-party sink throws, its items are retried and, in the end, dead-lettered with the reason.
        catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
#pragma warning restore CA1031
        {
            var error = redactor.Redact($"{ex.GetType().Name}: {ex.Message}");
            return items.ToDictionary(i => i.IdempotencyKey, i => SinkItemResult.Retry(i.IdempotencyKey, error));
        }
    }

    private SinkOutcome Apply(ConnectorsDbContext db, OutboxItemEntity item, SinkItemResult? result, DateTimeOffset now)
    {
        result ??= SinkItemResult.Retry(item.IdempotencyKey, "the sink returned no result for this item");
        item.Attempts++;
        switch (result.Outcome)
        {
            case SinkOutcome.Done:
                item.Status = OutboxStatus.Done;
                item.SinkId = result.SinkId ?? item.SinkId;
                item.LastError = null;
                return SinkOutcome.Done;
            case SinkOutcome.Skipped:
                item.Status = OutboxStatus.Skipped;
                item.LastError = redactor.Redact(result.Error ?? "skipped");
                logger.LogInformation("Skipped {ItemType} {ItemKey} for {Sink}: {Reason}", item.ItemType, item.ItemKey, item.Sink, item.LastError);
                return SinkOutcome.Skipped;
            case SinkOutcome.Retry when item.Attempts < RetryBackoff.MaxAttempts:
                item.DueAt = now + RetryBackoff.Delay(item.Attempts, result.RetryAfter, Random.Shared.NextDouble());
                item.LastError = redactor.Redact(result.Error ?? "retry");
                return SinkOutcome.Retry;
            default:
                var reason = result.Outcome == SinkOutcome.Retry
                    ? $"gave up after {item.Attempts} attempts: {result.Error}"
                    : result.Error ?? "rejected by the sink";
                item.Status = OutboxStatus.Dead;
                item.LastError = redactor.Redact(reason);
                db.DeadLetters.Add(new DeadLetterEntity
                {
                    OutboxItemId = item.Id,
                    Sink = item.Sink,
                    ItemType = item.ItemType,
                    ItemKey = item.ItemKey,
                    IdempotencyKey = item.IdempotencyKey,
                    Attempts = item.Attempts,
                    Reason = item.LastError,
                    FailedAt = now,
                });
                logger.LogWarning("Dead-lettered {ItemType} {ItemKey} for {Sink}: {Reason}", item.ItemType, item.ItemKey, item.Sink, item.LastError);
                return SinkOutcome.Failed;
        }
    }
}
