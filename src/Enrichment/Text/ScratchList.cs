namespace Connectors.Enrichment.Text;

/// <summary>A growable list that keeps its array between uses, so per-text work allocates nothing once warm.</summary>
internal sealed class ScratchList<T>
    where T : struct
{
    private T[] items;

    public ScratchList(int capacity) => items = new T[capacity];

    public int Count { get; private set; }

    public ref T this[int index] => ref items[index];

    public ref T this[Index index] => ref items[index.GetOffset(Count)];

    public ReadOnlySpan<T> Span => items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = item;
    }
}
