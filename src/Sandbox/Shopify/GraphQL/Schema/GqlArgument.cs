namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>An argument of a field, with its default when omitted.</summary>
internal sealed record GqlArgument(string Name, GqlTypeRef Type, object? DefaultValue = null);
