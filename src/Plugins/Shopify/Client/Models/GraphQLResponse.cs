namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>The envelope of every GraphQL answer: data, errors and the cost extension.</summary>
internal sealed class GraphQLResponse<T>
{
    public T? Data { get; init; }

    public List<GraphQLError>? Errors { get; init; }

    public ResponseExtensions? Extensions { get; init; }
}
