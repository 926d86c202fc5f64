namespace Connectors.Sandbox.Shopify.Data;

/// <summary>
/// A seeded view sorted by a key that does not grow with the id: an int array of positions sorted once,
/// on first use (4 bytes a record), with keys recomputed on the fly.
/// </summary>
internal sealed class PermutationView : ISeededView
{
    private readonly int[] _order;
    private readonly Func<long, long> _keyOf;
    private readonly Func<long, long> _idOf;

    private PermutationView(int[] order, Func<long, long> keyOf, Func<long, long> idOf)
    {
        _order = order;
        _keyOf = keyOf;
        _idOf = idOf;
    }

    public long Count => _order.Length;

    public SortEntry EntryAt(long position)
    {
        var item = _order[position];
        return new SortEntry(_keyOf(item), _idOf(item));
    }

    public bool Exists(long position) => true;

    /// <summary>Sorts items (positions in the seeded id order; null means 0..count-1) by (key, id).</summary>
    /// <remarks>Ids grow with the item, so sorting (key, item) packed into one long sorts by (key, id).</remarks>
    public static PermutationView Build(int[]? items, int count, Func<long, long> keyOf, Func<long, long> idOf, long minKey)
    {
        var packed = new long[count];
        for (var i = 0; i < packed.Length; i++)
        {
            var item = items is null ? i : items[i];
            packed[i] = ((keyOf(item) - minKey) << 31) | (uint)item;
        }

        Array.Sort(packed);
        var order = items ?? new int[count];
        for (var i = 0; i < packed.Length; i++)
        {
            order[i] = (int)(packed[i] & int.MaxValue);
        }

        return new PermutationView(order, keyOf, idOf);
    }
}
