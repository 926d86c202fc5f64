using Connectors.Host.Outbox;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Replies;

/// <summary>
/// The operator's side of replies: write one (an approved reply is queued in the outbox at once), approve a route's
/// draft (its text rendered and kept), discard a draft, and say where each stands.
/// </summary>
public sealed class ReplyDesk(ReplyTexts texts, TimeProvider time)
{
    /// <summary>Adds the reply, or finds the same one asked for before; an approved one is queued to be posted.</summary>
    public async Task<(ReplyEntity Reply, bool Existing)> AddAsync(ConnectorsDbContext db, FeedbackEntity feedback, string text, bool draft, CancellationToken ct)
    {
        var content = ReplyKeys.ForText(text);
        if (await db.Replies.FirstOrDefaultAsync(r => r.FeedbackKey == feedback.Key && r.ContentKey == content, ct) is { } existing)
        {
            return (existing, true);
        }

        var now = time.GetUtcNow();
        var reply = new ReplyEntity
        {
            FeedbackKey = feedback.Key,
            Connector = feedback.SourceInstance,
            Text = text.Trim(),
            ContentKey = content,
            Origin = "cli",
            Status = draft ? ReplyStatus.Draft : ReplyStatus.Approved,
            CreatedAt = now,
            ApprovedAt = draft ? null : now,
        };
        db.Replies.Add(reply);
        await db.SaveChangesAsync(ct);
        if (!draft)
        {
            Queue(db, reply, now);
            await db.SaveChangesAsync(ct);
        }

        return (reply, false);
    }

    /// <summary>Approves a draft: its text is rendered (for a route's draft) and kept, and it is queued to be posted.</summary>
    /// <exception cref="InvalidOperationException">It is not a draft, or its route no longer renders replies.</exception>
    public async Task ApproveAsync(ConnectorsDbContext db, ReplyEntity reply, CancellationToken ct)
    {
        if (reply.Status != ReplyStatus.Draft)
        {
            throw new InvalidOperationException($"reply {reply.Id} is {reply.Status}, not a draft");
        }

        var feedback = await db.Feedback.AsNoTracking().FirstAsync(f => f.Key == reply.FeedbackKey, ct);
        reply.Text = await texts.TextOfAsync(db, reply, feedback, ct);
        reply.Status = ReplyStatus.Approved;
        reply.ApprovedAt = time.GetUtcNow();
        Queue(db, reply, reply.ApprovedAt.Value);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Where a reply stands: draft, discarded, queued, retrying, posted, refused or skipped (from its outbox item).</summary>
    public static string StateOf(ReplyEntity reply, OutboxItemEntity? item) => (reply.Status, item?.Status) switch
    {
        (ReplyStatus.Draft, _) => "draft",
        (ReplyStatus.Discarded, _) => "discarded",
        (_, OutboxStatus.Done) => "posted",
        (_, OutboxStatus.Dead) => "refused",
        (_, OutboxStatus.Skipped) => "skipped",
        (_, OutboxStatus.Pending) when item!.Attempts > 0 => "retrying",
        _ => "queued",
    };

    /// <summary>The reply's outbox item, by its key.</summary>
    public static Task<OutboxItemEntity?> ItemOfAsync(ConnectorsDbContext db, ReplyEntity reply, CancellationToken ct)
    {
        var key = ReplyKeys.IdempotencyKey(reply.Connector, $"{reply.Id}");
        return db.Outbox.AsNoTracking().FirstOrDefaultAsync(o => o.IdempotencyKey == key, ct);
    }

    private static void Queue(ConnectorsDbContext db, ReplyEntity reply, DateTimeOffset now)
    {
        var id = $"{reply.Id}";
        db.Outbox.Add(new OutboxItemEntity
        {
            Sink = reply.Connector,
            ItemType = ReplyStatus.ItemType,
            ItemKey = id,
            IdempotencyKey = ReplyKeys.IdempotencyKey(reply.Connector, id),
            Route = reply.Route,
            Status = OutboxStatus.Pending,
            DueAt = now,
            CreatedAt = now,
        });
    }
}
