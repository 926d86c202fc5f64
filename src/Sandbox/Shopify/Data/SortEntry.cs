namespace Connectors.Sandbox.Shopify.Data;

/// <summary>A position in a sort order: the key (id, or a time in unix seconds) with the id breaking ties.</summary>
internal readonly record struct SortEntry(long Key, long Id) : IComparable<SortEntry>
{
    public int CompareTo(SortEntry other)
    {
        var c = Key.CompareTo(other.Key);
        return c != 0 ? c : Id.CompareTo(other.Id);
    }

    public static bool operator <(SortEntry left, SortEntry right) => left.CompareTo(right) < 0;

    public static bool operator >(SortEntry left, SortEntry right) => left.CompareTo(right) > 0;

    public static bool operator <=(SortEntry left, SortEntry right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SortEntry left, SortEntry right) => left.CompareTo(right) >= 0;
}
