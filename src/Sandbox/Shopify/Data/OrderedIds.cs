using System.Collections.Immutable;

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>
/// Walks one sort order of a record kind: the seeded view (minus records that were changed) merged with
/// the small sorted set of changed and created records, from a cursor, within a key range, either way.
/// </summary>
internal static class OrderedIds
{
    public static IEnumerable<SortEntry> Walk(
        ISeededView seeded,
        ImmutableSortedSet<SortEntry> changed,
        Func<long, bool> isChanged,
        SortEntry? after,
        bool descending,
        KeyRange range)
    {
        if (range.IsEmpty)
        {
            return [];
        }

        return descending
            ? Merge(SeededDescending(seeded, isChanged, after, range), ChangedDescending(changed, after, range), descending: true)
            : Merge(SeededAscending(seeded, isChanged, after, range), ChangedAscending(changed, after, range), descending: false);
    }

    private static IEnumerable<SortEntry> SeededAscending(ISeededView view, Func<long, bool> isChanged, SortEntry? after, KeyRange range)
    {
        var start = LowerBound(view, new SortEntry(range.Low, long.MinValue));
        if (after is { } a)
        {
            start = Math.Max(start, UpperBound(view, a));
        }

        for (var pos = start; pos < view.Count; pos++)
        {
            if (!view.Exists(pos))
            {
                continue;
            }

            var e = view.EntryAt(pos);
            if (e.Key > range.High)
            {
                yield break;
            }

            if (!isChanged(e.Id))
            {
                yield return e;
            }
        }
    }

    private static IEnumerable<SortEntry> SeededDescending(ISeededView view, Func<long, bool> isChanged, SortEntry? after, KeyRange range)
    {
        var start = UpperBound(view, new SortEntry(range.High, long.MaxValue)) - 1;
        if (after is { } a)
        {
            start = Math.Min(start, LowerBound(view, a) - 1);
        }

        for (var pos = start; pos >= 0; pos--)
        {
            if (!view.Exists(pos))
            {
                continue;
            }

            var e = view.EntryAt(pos);
            if (e.Key < range.Low)
            {
                yield break;
            }

            if (!isChanged(e.Id))
            {
                yield return e;
            }
        }
    }

    private static IEnumerable<SortEntry> ChangedAscending(ImmutableSortedSet<SortEntry> set, SortEntry? after, KeyRange range)
    {
        var from = new SortEntry(range.Low, long.MinValue);
        if (after is { } a && a > from)
        {
            from = a;
        }

        var i = IndexAtOrAbove(set, from);
        for (; i < set.Count; i++)
        {
            var e = set[i];
            if (e.Key > range.High)
            {
                yield break;
            }

            if (after is not { } skip || e != skip)
            {
                yield return e;
            }
        }
    }

    private static IEnumerable<SortEntry> ChangedDescending(ImmutableSortedSet<SortEntry> set, SortEntry? after, KeyRange range)
    {
        var from = new SortEntry(range.High, long.MaxValue);
        if (after is { } a && a < from)
        {
            from = a;
        }

        var i = IndexAtOrAbove(set, from);
        if (i == set.Count || set[i] > from)
        {
            i--;
        }

        for (; i >= 0; i--)
        {
            var e = set[i];
            if (e.Key < range.Low)
            {
                yield break;
            }

            if (after is not { } skip || e != skip)
            {
                yield return e;
            }
        }
    }

    private static int IndexAtOrAbove(ImmutableSortedSet<SortEntry> set, SortEntry entry)
    {
        var i = set.IndexOf(entry);
        return i >= 0 ? i : ~i;
    }

    private static IEnumerable<SortEntry> Merge(IEnumerable<SortEntry> first, IEnumerable<SortEntry> second, bool descending)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        var hasA = a.MoveNext();
        var hasB = b.MoveNext();
        while (hasA || hasB)
        {
            var takeA = hasA && (!hasB || (descending ? a.Current > b.Current : a.Current < b.Current));
            if (takeA)
            {
                yield return a.Current;
                hasA = a.MoveNext();
            }
            else
            {
                yield return b.Current;
                hasB = b.MoveNext();
            }
        }
    }

    /// <summary>First position whose entry is at or above <paramref name="entry"/>.</summary>
    private static long LowerBound(ISeededView view, SortEntry entry)
    {
        long lo = 0, hi = view.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (view.EntryAt(mid) < entry)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>First position whose entry is above <paramref name="entry"/>.</summary>
    private static long UpperBound(ISeededView view, SortEntry entry)
    {
        long lo = 0, hi = view.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (view.EntryAt(mid) <= entry)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
