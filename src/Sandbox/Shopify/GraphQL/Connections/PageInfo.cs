namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>Relay page info as Shopify returns it; cursors are encoded only when selected.</summary>
internal sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, Edge? first, Edge? last, string? endCursorOverride = null)
{
    public bool HasNextPage => hasNextPage;

    public bool HasPreviousPage => hasPreviousPage;

    public string? StartCursor => first?.Cursor;

    public string? EndCursor => endCursorOverride ?? last?.Cursor;
}
