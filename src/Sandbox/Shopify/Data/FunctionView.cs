namespace Connectors.Sandbox.Shopify.Data;

/// <summary>A seeded view whose order is the position order itself (ids, or times that grow with the id).</summary>
internal sealed class FunctionView(long count, Func<long, SortEntry> entryAt, Func<long, bool>? exists = null) : ISeededView
{
    public long Count => count;

    public SortEntry EntryAt(long position) => entryAt(position);

    public bool Exists(long position) => exists is null || exists(position);
}
