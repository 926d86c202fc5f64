namespace Connectors.Plugins.Shopify.Streams;

/// <summary>One page of a connection, already mapped.</summary>
internal sealed record PageResult(IReadOnlyList<MappedNode> Nodes, bool HasNextPage, string? EndCursor);
