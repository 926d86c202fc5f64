using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Planning;

namespace Connectors.Sandbox.Shopify.Bulk;

/// <summary>Shopify's limits on bulk queries: one top-level connection, at most five connections, nesting depth two.</summary>
internal static class BulkQueryRules
{
    public const int MaxConnections = 5;
    public const int MaxDepth = 2;

    public static IEnumerable<string> Check(CompiledQuery query)
    {
        var roots = query.RootFields;
        if (roots.Count != 1 || roots[0].ReturnType is not { IsConnection: true })
        {
            yield return "Bulk queries must contain exactly one top-level connection field (customers or orders).";
            yield break;
        }

        var connections = new List<int>();
        Walk(roots[0], 1, connections);
        if (connections.Count > MaxConnections)
        {
            yield return $"Bulk queries cannot contain more than {MaxConnections} connections.";
        }

        if (connections.Max() > MaxDepth)
        {
            yield return $"Bulk queries cannot contain connections with a nesting depth greater than {MaxDepth}.";
        }
    }

    private static void Walk(PlannedField connection, int depth, List<int> depths)
    {
        depths.Add(depth);
        var (selection, type) = BulkJsonl.NodeSelection(connection);
        foreach (var field in selection.For(type))
        {
            if (field.ReturnType is { IsConnection: true })
            {
                Walk(field, depth + 1, depths);
            }
        }
    }
}
