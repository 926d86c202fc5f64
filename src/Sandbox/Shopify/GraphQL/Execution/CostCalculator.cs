using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Shopify.GraphQL.Execution;

/// <summary>
/// Shopify's requested (static) query cost: scalars and enums 0; objects 1; connections 2 plus the page
/// size (first or last) times the cost of one node with everything selected under it (so nested
/// connections multiply); edges and pageInfo are free; an interface costs its dearest possible type;
/// a mutation costs 10 whatever it selects.
/// </summary>
internal static class CostCalculator
{
    public static int Requested(PlannedSelection selection, GqlType type)
    {
        var cost = Selection(selection, type);
        return cost > int.MaxValue ? int.MaxValue : (int)cost;
    }

    private static long Selection(PlannedSelection selection, GqlType type)
    {
        if (!type.IsAbstract)
        {
            return selection.For(type).Sum(Field);
        }

        return selection.All.Select(pair => pair.Value.Sum(Field)).DefaultIfEmpty(0).Max();
    }

    private static long Field(PlannedField field)
    {
        if (field.IsTypename || field.ReturnType!.IsLeaf)
        {
            return 0;
        }

        if (field.Definition!.FixedCost is { } fixedCost)
        {
            return fixedCost;
        }

        var type = field.ReturnType;
        var children = Selection(field.Selection!, type);
        if (type.IsConnection)
        {
            var size = field.Connection?.PageSize ?? 0;
            return 2 + (size * children);
        }

        return (type.IsFreeWrapper ? 0 : 1) + children;
    }
}
