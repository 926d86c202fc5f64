using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>Validated pagination, sort and filter arguments of one connection field.</summary>
internal sealed record ConnectionRequest(
    int? First,
    int? Last,
    SortEntry? After,
    string? AfterCursor,
    SortEntry? Before,
    bool Reverse,
    SortField Sort,
    SearchQuery Query)
{
    /// <summary>Shopify's page size limit.</summary>
    public const int MaxPageSize = 250;

    /// <summary>The page size the cost calculation uses (first, else last; bulk connections have none).</summary>
    public int? PageSize => First ?? Last;
}
