using System.Globalization;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Configuration;
using Connectors.Host.Outbox;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.ReviewRequests;

/// <summary>
/// Sends a connector's due review requests through its <see cref="IReviewRequestTarget"/>, one by one (the channel
/// paces them on its own quota), from the current state of the store: the offer's window and context, and the buyer
/// as identity resolution knows them now. A request whose window moved later waits for it without spending an attempt;
/// one whose window has closed, or whose buyer left negative feedback on any channel in the connector's
/// <see cref="ReviewRequestOptions.HoldAfterNegativeDays"/>, is skipped with the reason and never sent.
/// </summary>
public sealed class ReviewRequestSender(ValidatedConfig config, TimeProvider time)
{
    /// <summary>The requests of one drain of the outbox: not many, so a slow channel never holds a transaction long.</summary>
    public const int BatchSize = 20;

    /// <summary>Each due item's result by idempotency key; items that are not due after all are given a new due time and left out.</summary>
    public async Task<Dictionary<string, SinkItemResult>> SendAsync(
        ConnectorsDbContext db, IReviewRequestTarget target, string connector, IReadOnlyList<OutboxItemEntity> due, CancellationToken ct)
    {
        var orderIds = due.Select(o => o.ItemKey).ToList();
        var offers = await db.ReviewRequests.AsNoTracking().Where(r => r.Connector == connector && orderIds.Contains(r.OrderId))
            .ToDictionaryAsync(r => r.OrderId, StringComparer.Ordinal, ct);
        var holdDays = config.Find(connector)?.Config.ReviewRequests?.HoldAfterNegativeDays ?? 0;
        var results = new Dictionary<string, SinkItemResult>(StringComparer.Ordinal);
        foreach (var item in due)
        {
            var now = time.GetUtcNow();
            if (!offers.TryGetValue(item.ItemKey, out var offer))
            {
                results[item.IdempotencyKey] = SinkItemResult.Failed(item.IdempotencyKey, $"no offer of order {item.ItemKey} is stored for {connector}");
                continue;
            }

            if (offer.OpensAt > now)
            {
                item.DueAt = offer.OpensAt;
                continue;
            }

            if (offer.ClosesAt < now)
            {
                results[item.IdempotencyKey] = SinkItemResult.Skipped(item.IdempotencyKey,
                    string.Create(CultureInfo.InvariantCulture, $"the channel's window closed {offer.ClosesAt:u} before the request could be sent"));
                continue;
            }

            var buyer = await BuyerAsync(db, offer, ct);
            if (holdDays > 0 && buyer is not null && await NegativeFeedbackAsync(db, buyer.Id, now - TimeSpan.FromDays(holdDays), ct) is { } complaint)
            {
                results[item.IdempotencyKey] = SinkItemResult.Skipped(item.IdempotencyKey, string.Create(CultureInfo.InvariantCulture,
                    $"held back: the buyer left negative feedback {complaint.OccurredAt:yyyy-MM-dd} ({complaint.Channel} {complaint.Kind}, {complaint.Key}) within {holdDays} days"));
                continue;
            }

            var request = new ReviewRequest
            {
                IdempotencyKey = item.IdempotencyKey,
                OrderId = offer.OrderId,
                OpensAt = offer.OpensAt,
                ClosesAt = offer.ClosesAt,
                Context = JsonSerializer.Deserialize<Dictionary<string, string>>(offer.Context) ?? [],
                Customer = buyer is null ? null : StoredRecords.Customer(buyer),
            };
            results[item.IdempotencyKey] = await OutboxAttempt.RunAsync(item.IdempotencyKey, () => target.RequestReviewAsync(request, ct), ct);
        }

        return results;
    }

    /// <summary>The buyer the source named, else the order's buyer by its key, whichever connector stored the order.</summary>
    private static async Task<CustomerEntity?> BuyerAsync(ConnectorsDbContext db, ReviewRequestEntity offer, CancellationToken ct)
    {
        long? id = offer.CustomerSourceId is { } sourceId
            ? await db.CustomerSources.Where(s => s.SourceInstance == offer.Connector && s.SourceId == sourceId).Select(s => (long?)s.CustomerId).FirstOrDefaultAsync(ct)
            : null;
        if (id is null && offer.OrderKey is { } key)
        {
            id = await db.CustomerOrders.Where(o => o.OrderKey == key).OrderBy(o => o.FirstSeenAt).Select(o => (long?)o.CustomerId).FirstOrDefaultAsync(ct);
        }

        return id is null ? null : await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    /// <summary>
    /// The buyer's latest negative feedback since <paramref name="since"/>: negative by the enrichers' sentiment, or,
    /// for an item no enricher labelled, by a rating in the bottom quarter of its scale (1-2 stars).
    /// </summary>
    private static Task<FeedbackEntity?> NegativeFeedbackAsync(ConnectorsDbContext db, long customerId, DateTimeOffset since, CancellationToken ct) =>
        db.Feedback.AsNoTracking()
            .Where(f => f.CustomerId == customerId && f.OccurredAt >= since
                && (f.SentimentLabel == "negative" || (f.SentimentLabel == null && f.Rating != null && f.Rating <= 0.25)))
            .OrderByDescending(f => f.OccurredAt)
            .FirstOrDefaultAsync(ct);
}
