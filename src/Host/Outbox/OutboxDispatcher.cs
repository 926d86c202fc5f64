using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Logging;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Connectors.Host.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Outbox;

/// <summary>
/// Drains one sink's outbox: due items in order, in batches of the sink's size, paced to its rate budget, with a
/// result recorded per item — done (with the sink's id, kept for later updates), retried later (backoff with
/// jitter, Retry-After honoured), or dead-lettered with the sink's error so it never blocks the items behind it.
/// </summary>
public sealed class OutboxDispatcher(
    ConnectorRegistry connectors,
    IDbContextFactory<ConnectorsDbContext> contexts,
    SinkRateLimiters limiters,
    SecretRedactor redactor,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public async Task<DispatchSummary> DispatchAsync(string sinkName, CancellationToken ct)
    {
        var sink = connectors.GetSink(sinkName);
        var limiter = limiters.For(sinkName, sink.Limits);
        var started = time.GetTimestamp();
        int batches = 0, done = 0, retried = 0, dead = 0;
        while (!ct.IsCancellationRequested)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var now = time.GetUtcNow();
            var due = await db.Outbox
                .Where(o => o.Sink == sinkName && o.Status == OutboxStatus.Pending && o.DueAt <= now)
                .OrderBy(o => o.Id).Take(Math.Max(1, sink.Limits.BatchSize)).ToListAsync(ct);
            if (due.Count == 0)
            {
                break;
            }

            var items = await SinkItemsAsync(db, due, ct);
            using (var lease = await limiter.AcquireAsync(1, ct))
            {
                if (!lease.IsAcquired)
                {
                    break;
                }
            }

            var results = await PushAsync(sink, items.Values.ToList(), ct);
            foreach (var item in due)
            {
                switch (Apply(db, item, results.GetValueOrDefault(item.IdempotencyKey), time.GetUtcNow()))
                {
                    case SinkOutcome.Done: done++; break;
                    case SinkOutcome.Retry: retried++; break;
                    default: dead++; break;
                }
            }

            await db.SaveChangesAsync(ct);
            batches++;
        }

        await using var count = await contexts.CreateDbContextAsync(CancellationToken.None);
        var pending = await count.Outbox.CountAsync(o => o.Sink == sinkName && o.Status == OutboxStatus.Pending, CancellationToken.None);
        var summary = new DispatchSummary(sinkName, batches, done, retried, dead, pending, time.GetElapsedTime(started));
        logger.LogInformation("Dispatch to {Sink}: {Done} done, {Retried} to retry, {Dead} dead-lettered, {Pending} pending", sinkName, done, retried, dead, pending);
        return summary;
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

    /// <summary>Reads the current state of each item's record: the sink always gets the latest, never a stale copy.</summary>
    private static async Task<Dictionary<long, SinkItem>> SinkItemsAsync(ConnectorsDbContext db, List<OutboxItemEntity> due, CancellationToken ct)
    {
        var feedbackKeys = due.Where(o => o.ItemType == "feedback").Select(o => o.ItemKey).ToList();
        var feedback = await db.Feedback.AsNoTracking().Where(f => feedbackKeys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, ct);
        var customerIds = due.Where(o => o.ItemType == "customer").Select(o => long.Parse(o.ItemKey, CultureInfo.InvariantCulture))
            .Concat(feedback.Values.Where(f => f.CustomerId is not null).Select(f => f.CustomerId!.Value)).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);

        var items = new Dictionary<long, SinkItem>();
        foreach (var o in due)
        {
            CustomerRecord? customer = null;
            FeedbackRecord? record = null;
            if (o.ItemType == "customer" && customers.TryGetValue(long.Parse(o.ItemKey, CultureInfo.InvariantCulture), out var c))
            {
                customer = StoredRecords.Customer(c);
            }
            else if (o.ItemType == "feedback" && feedback.TryGetValue(o.ItemKey, out var f))
            {
                record = StoredRecords.Feedback(f);
                customer = f.CustomerId is { } id && customers.TryGetValue(id, out var author) ? StoredRecords.Customer(author) : null;
            }

            items[o.Id] = new SinkItem
            {
                IdempotencyKey = o.IdempotencyKey,
                Customer = customer,
                Feedback = record,
                ExistingSinkId = o.SinkId,
                Priority = Enum.TryParse<Priority>(o.Priority, ignoreCase: true, out var priority) ? priority : null,
                Route = o.Route,
            };
        }

        return items;
    }
}
