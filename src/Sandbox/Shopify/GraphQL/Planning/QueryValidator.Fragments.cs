using Connectors.Sandbox.Shopify.GraphQL.Schema;
using GraphQLParser.AST;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>Fragment rules: spreads defined and applicable, inline type conditions, usage, loops.</summary>
internal static partial class QueryValidator
{
    private static void ValidateSpread(PlanningContext context, GqlType parent, GraphQLFragmentSpread spread, List<object> path)
    {
        var name = spread.FragmentName.Name.StringValue;
        context.UsedFragments.Add(name);
        if (!context.Fragments.TryGetValue(name, out var fragment))
        {
            context.Errors.Add(Errors.UndefinedFragment(name, context.At(spread), path));
            return;
        }

        MarkUsed(context, fragment, []);
        var typeName = fragment.TypeCondition.Type.Name.StringValue;
        if (context.Schema.Find(typeName) is { } type && !Overlaps(parent, type))
        {
            context.Errors.Add(Errors.CannotSpread(name, typeName, parent.Name, context.At(spread), path));
        }
    }

    private static void ValidateInline(PlanningContext context, GqlType parent, GraphQLInlineFragment inline, List<object> path)
    {
        var type = parent;
        if (inline.TypeCondition is { } condition)
        {
            var typeName = condition.Type.Name.StringValue;
            if (context.Schema.Find(typeName) is not { Kind: GqlKind.Object or GqlKind.Interface } found)
            {
                context.Errors.Add(Errors.UndefinedType(typeName, context.At(condition), path));
                return;
            }

            if (!Overlaps(parent, found))
            {
                context.Errors.Add(Errors.CannotSpread(null, typeName, parent.Name, context.At(inline), path));
                return;
            }

            type = found;
        }

        ValidateSet(context, type, inline.SelectionSet, path);
    }

    /// <summary>Fragments spread inside a used fragment are used too (variables inside them count as well).</summary>
    private static void MarkUsed(PlanningContext context, GraphQLFragmentDefinition fragment, HashSet<string> seen)
    {
        if (!seen.Add(fragment.FragmentName.Name.StringValue))
        {
            return;
        }

        foreach (var spread in Spreads(fragment.SelectionSet))
        {
            var name = spread.FragmentName.Name.StringValue;
            context.UsedFragments.Add(name);
            if (context.Fragments.TryGetValue(name, out var inner))
            {
                MarkUsed(context, inner, seen);
            }
        }
    }

    private static bool HasLoop(PlanningContext context, string start, string current, HashSet<string> seen)
    {
        if (!seen.Add(current) || !context.Fragments.TryGetValue(current, out var fragment))
        {
            return false;
        }

        foreach (var spread in Spreads(fragment.SelectionSet))
        {
            var name = spread.FragmentName.Name.StringValue;
            if (name == start || HasLoop(context, start, name, seen))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<GraphQLFragmentSpread> Spreads(GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLFragmentSpread spread:
                    yield return spread;
                    break;
                case GraphQLField field:
                    foreach (var inner in Spreads(field.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    foreach (var inner in Spreads(inline.SelectionSet))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static bool UsedByAnotherOperation(PlanningContext context, string name) =>
        context.Document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => !ReferenceEquals(o, context.Operation))
            .Any(o => Spreads(o.SelectionSet).Any(s => s.FragmentName.Name.StringValue == name));
}
