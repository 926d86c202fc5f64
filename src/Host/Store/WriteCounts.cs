namespace Connectors.Host.Store;

/// <summary>What a write did: rows inserted, rows changed, and rows skipped because nothing changed.</summary>
public readonly record struct WriteCounts(long Inserted, long Updated, long Unchanged)
{
    public long Total => Inserted + Updated + Unchanged;

    public static WriteCounts operator +(WriteCounts a, WriteCounts b) =>
        new(a.Inserted + b.Inserted, a.Updated + b.Updated, a.Unchanged + b.Unchanged);

    internal static WriteCounts Of(UpsertOutcome outcome) => outcome switch
    {
        UpsertOutcome.Inserted => new(1, 0, 0),
        UpsertOutcome.Updated => new(0, 1, 0),
        _ => new(0, 0, 1),
    };
}

internal enum UpsertOutcome
{
    Inserted,
    Updated,
    Unchanged,
}
