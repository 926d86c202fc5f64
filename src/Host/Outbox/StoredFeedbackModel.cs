using Connectors.Abstractions;
using Connectors.Host.Enrichment;
using Connectors.Host.Routing.Templates;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Outbox;

/// <summary>
/// The template variables of a stored feedback item, read from the store as it is now: the item and its annotations,
/// its author's profile and their most recent other feedback. Shared by what sinks get and by replies.
/// </summary>
internal static class StoredFeedbackModel
{
    private const int HistoryItems = 5;

    /// <summary>The item's author as the store has them now, or <c>null</c> when it has none.</summary>
    public static async Task<CustomerEntity?> AuthorAsync(ConnectorsDbContext db, FeedbackEntity f, CancellationToken ct) =>
        f.CustomerId is { } id ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) : null;

    public static async Task<Dictionary<string, object?>> BuildAsync(
        ConnectorsDbContext db, FeedbackEntity f, CustomerEntity? author, string route, string target, Priority? priority, string idempotencyKey, CancellationToken ct)
    {
        CustomerProfile? profile = null;
        IReadOnlyList<HistoryItem> history = [];
        if (author is not null)
        {
            var orders = await db.CustomerOrders.CountAsync(x => x.CustomerId == author.Id, ct);
            var count = await db.Feedback.CountAsync(x => x.CustomerId == author.Id, ct);
            profile = StoredRecords.Profile(author, orders, count);
            history = (await db.Feedback.AsNoTracking().Where(x => x.CustomerId == author.Id && x.Key != f.Key)
                    .OrderByDescending(x => x.OccurredAt).Take(HistoryItems).ToListAsync(ct))
                .Select(h => new HistoryItem(h.Key, h.OccurredAt, h.Channel, h.Kind, StoredRecords.Feedback(h).Rating, h.Body ?? h.Title, h.SentimentLabel, h.Priority))
                .ToList();
        }

        return TemplateModel.ForFeedback(f.Key, StoredRecords.Feedback(f), AnnotationColumns.Read(f.Annotations), profile, author?.Phone, history, route, target, priority, idempotencyKey);
    }
}
