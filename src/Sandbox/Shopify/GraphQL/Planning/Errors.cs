using Connectors.Sandbox.Shopify.GraphQL.Execution;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>Validation errors worded and coded as Shopify's GraphQL server (graphql-ruby) words them.</summary>
internal static class Errors
{
    public static GraphQLError UndefinedField(string field, string type, (int, int) at, IReadOnlyList<object> path) =>
        new($"Field '{field}' doesn't exist on type '{type}'", [at], path,
            Ext("undefinedField", ("typeName", type), ("fieldName", field)));

    public static GraphQLError ArgumentNotAccepted(string field, string argument, (int, int) at, IReadOnlyList<object> path) =>
        new($"Field '{field}' doesn't accept argument '{argument}'", [at], path,
            Ext("argumentNotAccepted", ("name", field), ("typeName", "Field"), ("argumentName", argument)));

    public static GraphQLError MissingArguments(string field, IEnumerable<string> arguments, (int, int) at, IReadOnlyList<object> path)
    {
        var list = string.Join(", ", arguments);
        return new($"Field '{field}' is missing required arguments: {list}", [at], path,
            Ext("missingRequiredArguments", ("className", "Field"), ("name", field), ("arguments", list)));
    }

    public static GraphQLError InvalidArgument(string field, string argument, string literal, string expected, (int, int) at, IReadOnlyList<object> path) =>
        new($"Argument '{argument}' on Field '{field}' has an invalid value ({literal}). Expected type '{expected}'.", [at], path,
            Ext("argumentLiteralsIncompatible", ("typeName", "Field"), ("argumentName", argument)));

    public static GraphQLError LeafWithSelections(string field, string type, bool isEnum, (int, int) at, IReadOnlyList<object> path) =>
        new($"Selections can't be made on {(isEnum ? "enums" : "scalars")} (field '{field}' returns {type} but has selections [...])", [at], path,
            Ext("selectionMismatch", ("nodeName", $"field '{field}'"), ("typeName", type)));

    public static GraphQLError NoSelections(string field, string type, (int, int) at, IReadOnlyList<object> path) =>
        new($"Field '{field}' returns {type} but has no selections. Did you mean '{field} {{ ... }}'?", [at], path,
            Ext("selectionMismatch", ("nodeName", $"field '{field}'"), ("typeName", type)));

    public static GraphQLError UndefinedFragment(string name, (int, int) at, IReadOnlyList<object> path) =>
        new($"Fragment {name} was used, but not defined", [at], path, Ext("useAndDefineFragment", ("fragmentName", name)));

    public static GraphQLError UnusedFragment(string name, (int, int) at, IReadOnlyList<object> path) =>
        new($"Fragment {name} was defined, but not used", [at], path, Ext("useAndDefineFragment", ("fragmentName", name)));

    public static GraphQLError FragmentLoop(string name, (int, int) at, IReadOnlyList<object> path) =>
        new($"Fragment {name} contains an infinite loop", [at], path, Ext("infiniteLoop", ("fragmentName", name)));

    public static GraphQLError UndefinedType(string type, (int, int) at, IReadOnlyList<object> path) =>
        new($"No such type {type}, so it can't be a fragment condition", [at], path, Ext("undefinedType", ("typeName", type)));

    public static GraphQLError CannotSpread(string? fragment, string type, string parent, (int, int) at, IReadOnlyList<object> path) =>
        new($"Fragment {(fragment is null ? string.Empty : fragment + " ")}on {type} can't be spread inside {parent}", [at], path,
            Ext("cannotSpreadFragment", ("typeName", parent), ("fragmentName", fragment ?? "unknown")));

    public static GraphQLError UndefinedVariable(string name, string operation, (int, int) at, IReadOnlyList<object> path) =>
        new($"Variable ${name} is used by {operation} but not declared", [at], path, Ext("variableNotDefined", ("variableName", name)));

    public static GraphQLError UnusedVariable(string name, string operation, (int, int) at, IReadOnlyList<object> path) =>
        new($"Variable ${name} is declared by {operation} but not used", [at], path, Ext("variableNotUsed", ("variableName", name)));

    public static GraphQLError VariableMismatch(string name, string variableType, string argument, string argumentType, (int, int) at, IReadOnlyList<object> path) =>
        new($"Type mismatch on variable ${name} and argument {argument} ({variableType} / {argumentType})", [at], path,
            Ext("variableMismatch", ("variableName", name), ("typeName", variableType), ("argumentName", argument), ("errorMessage", "Type mismatch")));

    public static GraphQLError InvalidVariableValue(string name, string type, string explanation, (int, int) at) =>
        new($"Variable ${name} of type {type} was provided invalid value", [at], null,
            new Dictionary<string, object?> { ["problems"] = new object[] { new Dictionary<string, object?> { ["path"] = Array.Empty<object>(), ["explanation"] = explanation } } });

    public static GraphQLError InvalidVariableType(string name, string type, (int, int) at, IReadOnlyList<object> path) =>
        new($"{type} isn't a defined input type (on ${name})", [at], path, Ext("variableRequiresValidType", ("typeName", type), ("variableName", name)));

    public static GraphQLError UndefinedDirective(string name, (int, int) at, IReadOnlyList<object> path) =>
        new($"Directive @{name} is not defined", [at], path, Ext("undefinedDirective", ("directiveName", name)));

    public static GraphQLError Plain(string message, (int, int)? at = null, IReadOnlyList<object>? path = null) =>
        new(message, at is { } l ? [l] : null, path);

    private static Dictionary<string, object?> Ext(string code, params (string Key, object? Value)[] values)
    {
        var map = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in values)
        {
            map[key] = value;
        }

        return map;
    }
}
