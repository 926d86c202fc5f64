namespace Connectors.Sandbox.Shopify.Data;

/// <summary>
/// Seeded records in one sort order, addressed by position without materialising them. Positions may
/// have holes (<see cref="Exists"/> false) but entries are non-decreasing, so binary search works.
/// </summary>
internal interface ISeededView
{
    long Count { get; }

    SortEntry EntryAt(long position);

    bool Exists(long position);
}
