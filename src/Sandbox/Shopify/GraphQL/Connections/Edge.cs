using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>One edge of a page: the node record and its position, the cursor encoded only when asked for.</summary>
internal sealed class Edge(SortEntry position, SortField sort, object node)
{
    private string? _cursor;

    public object Node => node;

    public string Cursor => _cursor ??= ShopifyCursor.Encode(position, sort);
}
