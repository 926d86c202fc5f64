namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>errors[].extensions</c>: Shopify puts the machine-readable code here (<c>THROTTLED</c>, <c>undefinedField</c>...).</summary>
internal sealed class GraphQLErrorExtensions
{
    public string? Code { get; init; }
}
