using Connectors.Sandbox.Shopify.GraphQL.Execution;
using Connectors.Sandbox.Shopify.GraphQL.Schema;

namespace Connectors.Sandbox.Shopify.GraphQL.Planning;

/// <summary>The result of parsing, validating and planning a query.</summary>
internal sealed class CompiledQuery
{
    public required IReadOnlyList<GraphQLError> Errors { get; init; }

    /// <summary>The root type (QueryRoot or Mutation) when the query got that far.</summary>
    public GqlType? RootType { get; init; }

    public PlannedSelection? Selection { get; init; }

    public bool Failed => Errors.Count > 0 || Selection is null;

    public IReadOnlyList<PlannedField> RootFields => RootType is null || Selection is null ? [] : Selection.For(RootType);
}
