using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Schema;
using GraphQLParser.AST;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>
/// Turns a validated operation into a plan: fields collected per concrete type through fragments and
/// @skip/@include, same response keys merged, arguments coerced with defaults, connections parsed.
/// </summary>
internal static class QueryPlanner
{
    public static PlannedSelection Plan(PlanningContext context, GqlType root) =>
        PlanSelection(context, root, [context.Operation!.SelectionSet], []);

    private static PlannedSelection PlanSelection(PlanningContext context, GqlType type, IReadOnlyList<GraphQLSelectionSet> sets, IReadOnlyList<object> path)
    {
        var selection = new PlannedSelection();
        var concretes = type.IsAbstract ? type.PossibleTypes : [type];
        foreach (var concrete in concretes)
        {
            var groups = new Dictionary<string, List<GraphQLField>>(StringComparer.Ordinal);
            foreach (var set in sets)
            {
                Collect(context, concrete, set, groups);
            }

            selection.Set(concrete, groups.Select(g => PlanField(context, concrete, g.Key, g.Value, path)).ToList());
        }

        return selection;
    }

    private static void Collect(PlanningContext context, GqlType concrete, GraphQLSelectionSet set, Dictionary<string, List<GraphQLField>> groups)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when Included(context, field.Directives):
                    var key = field.Alias?.Name.StringValue ?? field.Name.StringValue;
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = [];
                    }

                    list.Add(field);
                    break;
                case GraphQLFragmentSpread spread when Included(context, spread.Directives):
                    var fragment = context.Fragments[spread.FragmentName.Name.StringValue];
                    if (Applies(context, fragment.TypeCondition.Type.Name.StringValue, concrete))
                    {
                        Collect(context, concrete, fragment.SelectionSet, groups);
                    }

                    break;
                case GraphQLInlineFragment inline when Included(context, inline.Directives):
                    if (inline.TypeCondition is null || Applies(context, inline.TypeCondition.Type.Name.StringValue, concrete))
                    {
                        Collect(context, concrete, inline.SelectionSet, groups);
                    }

                    break;
            }
        }
    }

    private static bool Applies(PlanningContext context, string typeName, GqlType concrete) =>
        context.Schema.Find(typeName) is { } condition && condition.Accepts(concrete);

    private static bool Included(PlanningContext context, GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            var condition = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if");
            if (condition is null)
            {
                continue;
            }

            ValueCoercion.TryLiteral(context, condition.Value, GqlTypeRef.Parse("Boolean!"), out var value);
            var on = value is true;
            if ((directive.Name.StringValue == "skip" && on) || (directive.Name.StringValue == "include" && !on))
            {
                return false;
            }
        }

        return true;
    }

    private static PlannedField PlanField(PlanningContext context, GqlType parent, string key, List<GraphQLField> fields, IReadOnlyList<object> path)
    {
        var first = fields[0];
        List<object> fieldPath = [.. path, key];
        var at = context.At(first);
        if (first.Name.StringValue == "__typename")
        {
            return new PlannedField { ResponseKey = key, Path = fieldPath, Location = at };
        }

        var definition = parent.Fields[first.Name.StringValue];
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var spec in definition.Arguments.Values)
        {
            var given = first.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == spec.Name);
            if (given is not null && ValueCoercion.TryLiteral(context, given.Value, spec.Type, out var value) && value is not null)
            {
                arguments[spec.Name] = value;
            }
            else if (spec.DefaultValue is not null)
            {
                arguments[spec.Name] = spec.DefaultValue;
            }
        }

        var type = context.Schema.Find(definition.Type.Name)!;
        var selection = type.IsLeaf
            ? null
            : PlanSelection(context, type, fields.Where(f => f.SelectionSet is not null).Select(f => f.SelectionSet!).ToList(), fieldPath);
        var planned = new PlannedField
        {
            ResponseKey = key,
            Definition = definition,
            ReturnType = type,
            Arguments = arguments,
            Selection = selection,
            Path = fieldPath,
            Location = at,
        };
        if (type.IsConnection)
        {
            planned.Connection = ConnectionArguments.Parse(context, planned);
        }

        return planned;
    }
}
