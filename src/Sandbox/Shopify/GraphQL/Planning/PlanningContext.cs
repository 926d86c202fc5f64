using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Schema;
using GraphQLParser;
using GraphQLParser.AST;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>What validation and planning of one document share.</summary>
internal sealed class PlanningContext
{
    public PlanningContext(GqlSchema schema, string source, GraphQLDocument document, PlanMode mode, string version)
    {
        Version = version;
        Schema = schema;
        Source = source;
        Document = document;
        Mode = mode;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            Fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    public GqlSchema Schema { get; }

    public string Source { get; }

    public GraphQLDocument Document { get; }

    public PlanMode Mode { get; }

    /// <summary>The API version of the request (fields added later do not exist for it).</summary>
    public string Version { get; }

    public Dictionary<string, GraphQLFragmentDefinition> Fragments { get; } = new(StringComparer.Ordinal);

    public GraphQLOperationDefinition? Operation { get; set; }

    /// <summary>"query", "query Name", "mutation Name": the first element of validation error paths.</summary>
    public string OperationLabel { get; set; } = "query";

    /// <summary>How graphql-ruby names the operation in variable errors ("anonymous query", "query Name").</summary>
    public string OperationDescription => Operation?.Name is null ? "anonymous " + OperationLabel : OperationLabel;

    public Dictionary<string, (GqlTypeRef Type, GraphQLVariableDefinition Definition)> VariableDefinitions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object?> VariableValues { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UsedVariables { get; } = new(StringComparer.Ordinal);

    public HashSet<string> UsedFragments { get; } = new(StringComparer.Ordinal);

    public List<GraphQLError> Errors { get; } = [];

    public JsonElement Variables { get; set; }

    public (int Line, int Column) At(ASTNode node)
    {
        var location = Location.FromLinearPosition(Source, node.Location.Start);
        return (location.Line, location.Column);
    }

    /// <summary>The source text of a node (values in error messages are quoted as written).</summary>
    public string TextOf(ASTNode node) => Source[node.Location.Start..node.Location.End];

    public static GqlTypeRef TypeRefOf(GraphQLType type) => type switch
    {
        GraphQLNonNullType { Type: GraphQLListType list } => ListRef(list, nonNull: true),
        GraphQLNonNullType { Type: GraphQLNamedType named } => new GqlTypeRef(named.Name.StringValue, NonNull: true),
        GraphQLListType list => ListRef(list, nonNull: false),
        GraphQLNamedType named => new GqlTypeRef(named.Name.StringValue, NonNull: false),
        _ => new GqlTypeRef("?", NonNull: false),
    };

    private static GqlTypeRef ListRef(GraphQLListType list, bool nonNull) => list.Type switch
    {
        GraphQLNonNullType { Type: GraphQLNamedType named } => new GqlTypeRef(named.Name.StringValue, nonNull, IsList: true, ItemNonNull: true),
        GraphQLNamedType named => new GqlTypeRef(named.Name.StringValue, nonNull, IsList: true),
        _ => new GqlTypeRef("?", nonNull, IsList: true),
    };
}
