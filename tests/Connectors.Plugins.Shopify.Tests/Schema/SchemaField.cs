namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>A field of an object or interface type.</summary>
internal sealed record SchemaField(string Name, TypeRef Type, IReadOnlyDictionary<string, SchemaArgument> Arguments, bool IsDeprecated);
