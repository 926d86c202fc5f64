using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Replies;

/// <summary>
/// Posts a connector's due replies through its <see cref="IReplyTarget"/>, one by one, and records what the channel
/// answered on the reply (when, its id there). A route's reply that is sent directly gets its text rendered here, and
/// kept, so what was posted is what the store shows.
/// </summary>
public sealed class ReplySender(ReplyTexts texts, TimeProvider time)
{
    /// <summary>Each due item's result by idempotency key.</summary>
    public async Task<Dictionary<string, SinkItemResult>> SendAsync(
        ConnectorsDbContext db, IReplyTarget target, IReadOnlyList<OutboxItemEntity> due, CancellationToken ct)
    {
        var ids = due.Select(o => long.TryParse(o.ItemKey, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
        var replies = await db.Replies.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var keys = replies.Values.Select(r => r.FeedbackKey).ToList();
        var feedback = await db.Feedback.AsNoTracking().Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, StringComparer.Ordinal, ct);
        var results = new Dictionary<string, SinkItemResult>(StringComparer.Ordinal);
        foreach (var (item, id) in due.Zip(ids))
        {
            var key = item.IdempotencyKey;
            if (!replies.TryGetValue(id, out var reply) || !feedback.TryGetValue(reply.FeedbackKey, out var answered))
            {
                results[key] = SinkItemResult.Failed(key, $"reply {item.ItemKey} or the feedback it answers is no longer in the store");
                continue;
            }

            if (reply.Status == ReplyStatus.Discarded)
            {
                results[key] = SinkItemResult.Skipped(key, "the reply was discarded before it was posted");
                continue;
            }

            results[key] = await PostAsync(db, target, item, reply, answered, ct);
            if (results[key].Outcome == SinkOutcome.Done)
            {
                reply.PostedAt = time.GetUtcNow();
                reply.ChannelReplyId = results[key].SinkId;
            }
        }

        return results;
    }

    /// <summary>
    /// Renders a route's draft (a template that no longer exists fails the reply for good) and posts it; whatever the
    /// plugin throws is a passing failure (<see cref="OutboxAttempt"/>).
    /// </summary>
    private Task<SinkItemResult> PostAsync(ConnectorsDbContext db, IReplyTarget target, OutboxItemEntity item, ReplyEntity reply, FeedbackEntity answered, CancellationToken ct) =>
        OutboxAttempt.RunAsync(item.IdempotencyKey, async () =>
        {
            var author = await StoredFeedbackModel.AuthorAsync(db, answered, ct);
            try
            {
                reply.Text = await texts.TextOfAsync(db, reply, answered, author, ct);
            }
            catch (InvalidOperationException ex)
            {
                return SinkItemResult.Failed(item.IdempotencyKey, ex.Message);
            }

            return await target.PostReplyAsync(new ReplyRequest
            {
                IdempotencyKey = item.IdempotencyKey,
                SourceId = answered.SourceId,
                Text = reply.Text,
                Feedback = StoredRecords.Feedback(answered),
                Customer = author is null ? null : StoredRecords.Customer(author),
            }, ct);
        }, ct);
}
