using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;

namespace Connectors.Host.Outbox;

/// <summary>Operator actions on dead letters: replay puts the item back in its sink's outbox, due now; discard drops it.</summary>
public sealed class DeadLetters(IDbContextFactory<ConnectorsDbContext> contexts, TimeProvider time)
{
    /// <returns>How many were replayed.</returns>
    public async Task<int> ReplayAsync(IReadOnlyCollection<long>? ids, string? sink, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var letters = await Select(db, ids, sink).ToListAsync(ct);
        var outboxIds = letters.Select(l => l.OutboxItemId).ToList();
        var items = await db.Outbox.Where(o => outboxIds.Contains(o.Id)).ToListAsync(ct);
        foreach (var item in items)
        {
            item.Status = OutboxStatus.Pending;
            item.Attempts = 0;
            item.DueAt = time.GetUtcNow();
            item.LastError = null;
        }

        db.DeadLetters.RemoveRange(letters);
        await db.SaveChangesAsync(ct);
        return letters.Count;
    }

    /// <returns>How many were discarded.</returns>
    public async Task<int> DiscardAsync(IReadOnlyCollection<long>? ids, string? sink, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var letters = await Select(db, ids, sink).ToListAsync(ct);
        db.DeadLetters.RemoveRange(letters);
        await db.SaveChangesAsync(ct);
        return letters.Count;
    }

    private static IQueryable<Store.Entities.DeadLetterEntity> Select(ConnectorsDbContext db, IReadOnlyCollection<long>? ids, string? sink) =>
        db.DeadLetters.Where(d => (ids == null || ids.Contains(d.Id)) && (sink == null || d.Sink == sink));
}
