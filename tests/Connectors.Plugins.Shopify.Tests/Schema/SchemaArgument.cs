namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>A field argument or input field.</summary>
internal sealed record SchemaArgument(string Name, TypeRef Type, bool HasDefault);
