using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>
/// Where a stream stands, serialised as JSON. In incremental mode: <c>since</c>, the highest committed <c>updatedAt</c>
/// (the next pass starts at <c>since - overlap</c>); <c>syncedAt</c>, when the last complete pass or bulk began (drives
/// the bulk threshold); <c>pass</c>, an unfinished pass with its cursor; <c>seen</c>, the ids and <c>updatedAt</c> committed
/// inside the overlap window, so re-reading them yields nothing. In bulk mode: <c>bulk</c>, the operation id and the
/// result lines committed, so a restarted host re-attaches and resumes after them.
/// </summary>
internal sealed class ShopifyCheckpoint
{
    /// <summary>At most this many boundary ids are kept; older ones are simply re-read (the host skips unchanged rows).</summary>
    public const int MaxSeen = 250;

    public const string Example =
        "{\"mode\":\"incremental\",\"since\":\"2025-05-01T10:00:00+00:00\",\"syncedAt\":\"2025-05-01T10:05:00+00:00\"}";

    public DateTimeOffset? Since { get; set; }

    public DateTimeOffset? SyncedAt { get; set; }

    public PassState? Pass { get; set; }

    public BulkState? Bulk { get; set; }

    public Dictionary<string, DateTimeOffset> Seen { get; private set; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Since is null && SyncedAt is null && Pass is null && Bulk is null;

    private static readonly CheckpointFormat<CheckpointDocument> Format =
        new(CheckpointJsonContext.Default, "shopify", Example, "Reset the stream's checkpoint to backfill it again.");

    public static ShopifyCheckpoint Parse(string? json)
    {
        if (Format.Read(json) is not { } document)
        {
            return new ShopifyCheckpoint();
        }

        if (document.Mode is not (null or "incremental" or "bulk"))
        {
            throw Format.Invalid(json!, $"mode '{document.Mode}' is neither incremental nor bulk", null);
        }

        if (document.Bulk is { } bulk && (string.IsNullOrEmpty(bulk.Id) || bulk.Lines < 0))
        {
            throw Format.Invalid(json!, "bulk needs an id and a non-negative line count", null);
        }

        return new ShopifyCheckpoint
        {
            Since = document.Since,
            SyncedAt = document.SyncedAt,
            Pass = document.Pass,
            Bulk = document.Bulk,
            Seen = new Dictionary<string, DateTimeOffset>(document.Seen ?? new Dictionary<string, DateTimeOffset>(), StringComparer.Ordinal),
        };
    }

    public string Serialize() => Format.Write(new CheckpointDocument
    {
        Mode = Bulk is null ? "incremental" : "bulk",
        Since = Since,
        SyncedAt = SyncedAt,
        Pass = Pass,
        Bulk = Bulk,
        Seen = Seen.Count == 0 ? null : new SortedDictionary<string, DateTimeOffset>(Seen, StringComparer.Ordinal),
    });

    /// <summary>Whether <paramref name="id"/> was committed before with this very <paramref name="updatedAt"/>.</summary>
    public bool AlreadySeen(string id, DateTimeOffset updatedAt) => Seen.TryGetValue(id, out var seen) && seen == updatedAt;

    /// <summary>
    /// Records a committed node: raises <see cref="Since"/> and remembers the node while it lies inside the overlap
    /// window below it, dropping entries that fell out of the window and, past <see cref="MaxSeen"/>, the oldest.
    /// </summary>
    public void Commit(string id, DateTimeOffset updatedAt, TimeSpan overlap)
    {
        if (Since is null || updatedAt > Since)
        {
            Since = updatedAt;
        }

        var floor = Since.Value - overlap;
        if (updatedAt >= floor)
        {
            Seen[id] = updatedAt;
        }

        if (Seen.Count > MaxSeen || Seen.Values.Any(at => at < floor))
        {
            Seen = Seen.Where(kv => kv.Value >= floor)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(MaxSeen)
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        }
    }
}
