namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>Kinds of named types the emulator's schema uses.</summary>
internal enum GqlKind
{
    Scalar,
    Enum,
    Object,
    Interface,
}
