using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Schema;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>Parses (GraphQL-Parser), picks the operation, coerces variables, validates and plans.</summary>
internal static class QueryCompiler
{
    private static readonly ParserOptions ParserOptions = new() { Ignore = IgnoreOptions.Comments, MaxDepth = 128 };

    public static CompiledQuery Compile(GqlSchema schema, string query, string? operationName, JsonElement variables, PlanMode mode, string version)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, ParserOptions);
        }
        catch (GraphQLParserException e)
        {
            return Failed(new GraphQLError($"syntax error, {e.Description} at [{e.Location.Line}, {e.Location.Column}]",
                [(e.Location.Line, e.Location.Column)]));
        }

        var context = new PlanningContext(schema, query, document, mode, version) { Variables = variables };
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is not null
            ? operations.FirstOrDefault(o => o.Name?.StringValue == operationName)
            : operations.Count == 1 ? operations[0] : null;
        if (operation is null)
        {
            return Failed(Errors.Plain(operations.Count == 0 ? "No operations in query document"
                : operationName is not null ? $"No operation named \"{operationName}\""
                : "An operation name is required"));
        }

        GqlType root;
        switch (operation.Operation)
        {
            case OperationType.Query:
                root = schema.Query;
                break;
            case OperationType.Mutation when mode == PlanMode.Request:
                root = schema.Mutation;
                break;
            default:
                return Failed(Errors.Plain(mode == PlanMode.Bulk ? "Bulk queries must be queries." : "Subscriptions are not supported.",
                    Location(query, operation)));
        }

        context.Operation = operation;
        var kind = operation.Operation == OperationType.Mutation ? "mutation" : "query";
        context.OperationLabel = operation.Name is null ? kind : $"{kind} {operation.Name.StringValue}";
        ReadVariables(context);
        if (context.Errors.Count > 0)
        {
            return Failed([.. context.Errors]);
        }

        QueryValidator.Validate(context, root);
        if (context.Errors.Count > 0)
        {
            return Failed([.. context.Errors]);
        }

        var selection = QueryPlanner.Plan(context, root);
        return new CompiledQuery { Errors = [.. context.Errors], RootType = root, Selection = selection };
    }

    private static void ReadVariables(PlanningContext context)
    {
        var provided = context.Variables.ValueKind == JsonValueKind.Object ? context.Variables : default;
        foreach (var definition in context.Operation!.Variables?.Items ?? [])
        {
            var name = definition.Variable.Name.StringValue;
            var type = PlanningContext.TypeRefOf(definition.Type);
            context.VariableDefinitions[name] = (type, definition);
            if (context.Schema.Find(type.Name) is not { IsLeaf: true })
            {
                context.Errors.Add(Errors.InvalidVariableType(name, type.ToString(), context.At(definition), [context.OperationLabel]));
                continue;
            }

            if (provided.ValueKind == JsonValueKind.Object && provided.TryGetProperty(name, out var json))
            {
                if (ValueCoercion.TryJson(context.Schema, json, type, out var value, out var problem))
                {
                    context.VariableValues[name] = value;
                }
                else
                {
                    context.Errors.Add(Errors.InvalidVariableValue(name, type.ToString(), problem, context.At(definition)));
                }
            }
            else if (definition.DefaultValue is { } fallback)
            {
                if (ValueCoercion.TryLiteral(context, fallback, type with { NonNull = false }, out var value))
                {
                    context.VariableValues[name] = value;
                }
            }
            else if (type.NonNull)
            {
                context.Errors.Add(Errors.InvalidVariableValue(name, type.ToString(), "Expected value to not be null", context.At(definition)));
            }
        }
    }

    private static (int, int) Location(string source, ASTNode node)
    {
        var location = GraphQLParser.Location.FromLinearPosition(source, node.Location.Start);
        return (location.Line, location.Column);
    }

    private static CompiledQuery Failed(params GraphQLError[] errors) => new() { Errors = errors };
}
