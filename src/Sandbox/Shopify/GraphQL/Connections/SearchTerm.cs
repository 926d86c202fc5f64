using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>One understood term of a search query: a key range on a field, or an exact email.</summary>
internal sealed record SearchTerm(SortField? Field, KeyRange Range, string? Email);
