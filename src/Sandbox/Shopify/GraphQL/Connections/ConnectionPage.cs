namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>A resolved page of a connection.</summary>
internal sealed record ConnectionPage(IReadOnlyList<Edge> Edges, PageInfo PageInfo);
