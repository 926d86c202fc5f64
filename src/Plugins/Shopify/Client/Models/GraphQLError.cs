using System.Text.Json;

namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>One entry of <c>errors</c>.</summary>
internal sealed class GraphQLError
{
    public string? Message { get; init; }

    /// <summary>Field names and list indexes, so strings and numbers.</summary>
    public List<JsonElement>? Path { get; init; }

    public GraphQLErrorExtensions? Extensions { get; init; }

    public string Describe()
    {
        var text = Message ?? "(no message)";
        if (Extensions?.Code is { } code)
        {
            text += $" [{code}]";
        }

        return Path is { Count: > 0 } ? $"{text} at {string.Join('.', Path.Select(p => p.ToString()))}" : text;
    }
}
