using Connectors.Sandbox.Shopify.GraphQL.Schema;
using GraphQLParser.AST;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>
/// Static validation against the emulator's schema, reporting every problem at once with Shopify's
/// wording: unknown fields and arguments, selections on leaves, missing selections, fragments
/// (undefined, unused, looping, wrongly spread), variables (undeclared, unused, mismatched).
/// </summary>
internal static partial class QueryValidator
{
    public static void Validate(PlanningContext context, GqlType rootType)
    {
        var operation = context.Operation!;
        ValidateSet(context, rootType, operation.SelectionSet, [context.OperationLabel]);
        foreach (var (name, fragment) in context.Fragments)
        {
            var path = new List<object> { "fragment " + name };
            var typeName = fragment.TypeCondition.Type.Name.StringValue;
            if (context.Schema.Find(typeName) is not { Kind: GqlKind.Object or GqlKind.Interface } type)
            {
                context.Errors.Add(Errors.UndefinedType(typeName, context.At(fragment.TypeCondition), path));
                continue;
            }

            ValidateSet(context, type, fragment.SelectionSet, path);
            if (HasLoop(context, name, name, []))
            {
                context.Errors.Add(Errors.FragmentLoop(name, context.At(fragment), path));
            }
        }

        foreach (var (name, fragment) in context.Fragments)
        {
            if (!context.UsedFragments.Contains(name) && !UsedByAnotherOperation(context, name))
            {
                context.Errors.Add(Errors.UnusedFragment(name, context.At(fragment), ["fragment " + name]));
            }
        }

        foreach (var (name, (_, definition)) in context.VariableDefinitions)
        {
            if (!context.UsedVariables.Contains(name))
            {
                context.Errors.Add(Errors.UnusedVariable(name, context.OperationDescription, context.At(definition), [context.OperationLabel]));
            }
        }
    }

    private static void ValidateSet(PlanningContext context, GqlType parent, GraphQLSelectionSet set, List<object> path)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    ValidateField(context, parent, field, path);
                    break;
                case GraphQLFragmentSpread spread:
                    ValidateDirectives(context, spread.Directives, path);
                    ValidateSpread(context, parent, spread, path);
                    break;
                case GraphQLInlineFragment inline:
                    ValidateDirectives(context, inline.Directives, path);
                    ValidateInline(context, parent, inline, path);
                    break;
            }
        }
    }

    private static void ValidateField(PlanningContext context, GqlType parent, GraphQLField field, List<object> path)
    {
        var name = field.Name.StringValue;
        var key = field.Alias?.Name.StringValue ?? name;
        var at = context.At(field);
        ValidateDirectives(context, field.Directives, path);
        if (name == "__typename")
        {
            return;
        }

        List<object> fieldPath = [.. path, key];
        if (!parent.Fields.TryGetValue(name, out var definition) || !definition.ExistsIn(context.Version))
        {
            context.Errors.Add(Errors.UndefinedField(name, parent.Name, at, fieldPath));
            return;
        }

        ValidateArguments(context, definition, field, fieldPath);
        var type = context.Schema.Find(definition.Type.Name)!;
        var hasSelections = field.SelectionSet is { Selections.Count: > 0 };
        if (type.IsLeaf && hasSelections)
        {
            context.Errors.Add(Errors.LeafWithSelections(name, definition.Type.ToString(), type.Kind == GqlKind.Enum, at, fieldPath));
        }
        else if (!type.IsLeaf && !hasSelections)
        {
            context.Errors.Add(Errors.NoSelections(name, definition.Type.ToString(), at, fieldPath));
        }
        else if (!type.IsLeaf)
        {
            ValidateSet(context, type, field.SelectionSet!, fieldPath);
        }
    }

    private static void ValidateArguments(PlanningContext context, GqlField definition, GraphQLField field, List<object> path)
    {
        var given = field.Arguments?.Items ?? [];
        foreach (var argument in given)
        {
            var argumentName = argument.Name.StringValue;
            var at = context.At(argument);
            if (!definition.Arguments.TryGetValue(argumentName, out var spec))
            {
                context.Errors.Add(Errors.ArgumentNotAccepted(definition.Name, argumentName, at, path));
                continue;
            }

            ValidateValue(context, definition.Name, spec, argument.Value, at, path);
        }

        var missing = definition.Arguments.Values
            .Where(a => a.Type.NonNull && a.DefaultValue is null && given.All(g => g.Name.StringValue != a.Name))
            .Select(a => a.Name)
            .ToList();
        if (missing.Count > 0)
        {
            context.Errors.Add(Errors.MissingArguments(definition.Name, missing, context.At(field), path));
        }
    }

    private static void ValidateValue(PlanningContext context, string field, GqlArgument spec, GraphQLValue value, (int, int) at, List<object> path)
    {
        if (value is GraphQLVariable variable)
        {
            var name = variable.Name.StringValue;
            context.UsedVariables.Add(name);
            if (!context.VariableDefinitions.TryGetValue(name, out var declared))
            {
                context.Errors.Add(Errors.UndefinedVariable(name, context.OperationDescription, context.At(variable), path));
            }
            else if (!Compatible(declared.Type, declared.Definition.DefaultValue is not null, spec))
            {
                context.Errors.Add(Errors.VariableMismatch(name, declared.Type.ToString(), spec.Name, spec.Type.ToString(), context.At(variable), path));
            }

            return;
        }

        foreach (var nested in Variables(value))
        {
            var name = nested.Name.StringValue;
            context.UsedVariables.Add(name);
            if (!context.VariableDefinitions.ContainsKey(name))
            {
                context.Errors.Add(Errors.UndefinedVariable(name, context.OperationDescription, context.At(nested), path));
            }
        }

        if (!ValueCoercion.TryLiteral(context, value, spec.Type, out _))
        {
            context.Errors.Add(Errors.InvalidArgument(field, spec.Name, context.TextOf(value), spec.Type.ToString(), at, path));
        }
    }

    private static IEnumerable<GraphQLVariable> Variables(GraphQLValue value) => value switch
    {
        GraphQLVariable v => [v],
        GraphQLListValue { Values: { } values } => values.SelectMany(Variables),
        _ => [],
    };

    /// <summary>A variable fits an argument when the named types match and a non-null argument gets a non-null (or defaulted) variable.</summary>
    private static bool Compatible(GqlTypeRef variable, bool hasDefault, GqlArgument argument)
    {
        var expected = argument.Type;
        if (variable.Name != expected.Name && !(expected.Name == "ID" && variable.Name is "String" or "Int"))
        {
            return false;
        }

        if (expected.IsList && !variable.IsList && variable.NonNull)
        {
            return false;
        }

        return !expected.NonNull || variable.NonNull || hasDefault || argument.DefaultValue is not null;
    }

    private static void ValidateDirectives(PlanningContext context, GraphQLDirectives? directives, List<object> path)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            if (name is not ("include" or "skip"))
            {
                context.Errors.Add(Errors.UndefinedDirective(name, context.At(directive), path));
                continue;
            }

            var spec = new GqlArgument("if", GqlTypeRef.Parse("Boolean!"));
            var condition = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if");
            if (condition is null)
            {
                context.Errors.Add(Errors.MissingArguments("@" + name, ["if"], context.At(directive), path));
                continue;
            }

            ValidateValue(context, "@" + name, spec, condition.Value, context.At(condition), path);
        }
    }

    public static bool Overlaps(GqlType a, GqlType b) => a.Accepts(b) || b.Accepts(a)
        || (a.IsAbstract && b.IsAbstract && a.PossibleTypes.Intersect(b.PossibleTypes).Any());
}
