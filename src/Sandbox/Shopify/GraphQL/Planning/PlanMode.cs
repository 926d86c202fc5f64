namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>A normal request, or the inner query of a bulk operation (connections need no page size).</summary>
internal enum PlanMode
{
    Request,
    Bulk,
}
