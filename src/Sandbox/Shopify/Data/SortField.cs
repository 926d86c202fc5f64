namespace Connectors.Sandbox.Shopify.Data;

/// <summary>The keys records can be ordered and range-filtered by.</summary>
internal enum SortField
{
    Id,
    CreatedAt,
    UpdatedAt,
}
