namespace Connectors.Plugins.Shopify.Tests.Schema;

/// <summary>
/// The Admin schema per API version: 2025-01 is Shopify's own introspection; from 2025-04 it is extended with the
/// two customer fields sources.md documents (their types already exist in 2025-01), and <c>Customer.email</c>
/// deprecated as from then.
/// </summary>
internal static class AdminSchemas
{
    private static readonly Lazy<IntrospectionSchema> V2025_01 = new(() => IntrospectionSchema.LoadGzip(IntrospectionSchema.AdminSchemaPath));

    private static readonly Lazy<IntrospectionSchema> V2025_04 = new(() => IntrospectionSchema.LoadGzip(IntrospectionSchema.AdminSchemaPath)
        .WithField("Customer", "defaultEmailAddress", TypeRef.Named("CustomerEmailAddress"))
        .WithField("Customer", "defaultPhoneNumber", TypeRef.Named("CustomerPhoneNumber"))
        .Deprecate("Customer", "email")
        .Deprecate("Customer", "phone"));

    public static IntrospectionSchema As2025_01 => V2025_01.Value;

    public static IntrospectionSchema For(string apiVersion) =>
        string.CompareOrdinal(apiVersion, "2025-04") >= 0 ? V2025_04.Value : V2025_01.Value;
}
