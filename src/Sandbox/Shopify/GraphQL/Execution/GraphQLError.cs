namespace Connectors.Sandbox.Shopify.GraphQL.Execution;

/// <summary>One entry of the <c>errors</c> array, shaped like Shopify's (graphql-ruby) errors.</summary>
internal sealed record GraphQLError(
    string Message,
    IReadOnlyList<(int Line, int Column)>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
