using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>A kind of record that a connection pages through.</summary>
internal interface IConnectionSource
{
    /// <summary>Ids in sort order, strictly after <paramref name="after"/>, within the key range of the sort field.</summary>
    IEnumerable<SortEntry> Walk(SortField field, SortEntry? after, bool descending, KeyRange range);

    /// <summary>The key of a record for a field (cheap for seeded records).</summary>
    long Key(long id, SortField field);

    /// <summary>The record, or null when it does not exist (for the snapshot read).</summary>
    object? Load(long id);

    /// <summary>The email of a loaded record, for <c>email:</c> terms.</summary>
    string? EmailOf(object record);
}
