using System.Text.Json;

namespace Connectors.Sandbox.Shopify;

/// <summary>A GraphQL request body: JSON <c>{"query","variables","operationName"}</c> or a raw application/graphql query.</summary>
internal sealed record GraphQLRequest(string Query, string? OperationName, JsonElement Variables)
{
    public static GraphQLRequest? Read(ReadOnlySpan<byte> body, string? contentType)
    {
        if (contentType?.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase) == true)
        {
            return new GraphQLRequest(System.Text.Encoding.UTF8.GetString(body), null, default);
        }

        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("query", out var query)
                || query.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var operation = root.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            var variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v.Clone() : default;
            return new GraphQLRequest(query.GetString()!, operation, variables);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
