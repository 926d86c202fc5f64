using Connectors.Sandbox.Shopify.Bulk;
using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Values;

namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>
/// The part of Shopify's Admin GraphQL schema (2025-01, plus Customer.defaultEmailAddress and
/// defaultPhoneNumber from 2025-04) that the emulator serves. Every type, field and argument here
/// exists in Shopify's own introspection; a test checks it against the official schema file.
/// </summary>
internal static partial class ShopifySchema
{
    private static readonly string[] Scalars = ["ID", "String", "Int", "Boolean", "Float", "DateTime", "UnsignedInt64", "Decimal", "URL"];

    public static GqlSchema Build()
    {
        var schema = new GqlSchema { Query = new GqlType("QueryRoot", GqlKind.Object), Mutation = new GqlType("Mutation", GqlKind.Object) };
        schema.Types.Add(schema.Query.Name, schema.Query);
        schema.Types.Add(schema.Mutation.Name, schema.Mutation);
        foreach (var scalar in Scalars)
        {
            schema.Types.Add(scalar, new GqlType(scalar, GqlKind.Scalar));
        }

        AddEnums(schema);
        var node = Add(schema, new GqlType("Node", GqlKind.Interface));
        node.Add(new GqlField("id", GqlTypeRef.Parse("ID!")));

        AddPageInfo(schema);
        AddMoney(schema);
        AddCustomer(schema);
        AddOrder(schema);
        AddBulkOperation(schema);
        AddShop(schema);
        foreach (var name in (string[])["Customer", "Order", "BulkOperation", "Shop"])
        {
            var type = schema.Types[name];
            node.PossibleTypes.Add(type);
            type.Interfaces.Add(node);
        }

        schema.MapClrType(typeof(CustomerRecord), schema.Types["Customer"]);
        schema.MapClrType(typeof(OrderRecord), schema.Types["Order"]);
        schema.MapClrType(typeof(BulkOperation), schema.Types["BulkOperation"]);
        schema.MapClrType(typeof(ShopValue), schema.Types["Shop"]);
        AddQueryRoot(schema);
        AddMutations(schema);
        return schema;
    }

    private static GqlType Add(GqlSchema schema, GqlType type)
    {
        schema.Types.Add(type.Name, type);
        return type;
    }

    private static TypeBuilder<T> Object<T>(GqlSchema schema, string name)
        where T : class => new(Add(schema, new GqlType(name, GqlKind.Object)));

    private static void Enum(GqlSchema schema, string name, params string[] values) =>
        Add(schema, new GqlType(name, GqlKind.Enum) { EnumValues = values });

    private static void AddEnums(GqlSchema schema)
    {
        Enum(schema, "CustomerState", ShopifyEnums.CustomerStates);
        Enum(schema, "CustomerEmailMarketingState", ShopifyEnums.EmailMarketingStates);
        Enum(schema, "CustomerEmailAddressMarketingState", ShopifyEnums.EmailAddressMarketingStates);
        Enum(schema, "CustomerSmsMarketingState", ShopifyEnums.SmsMarketingStates);
        Enum(schema, "CustomerMarketingOptInLevel", ShopifyEnums.OptInLevels);
        Enum(schema, "CustomerConsentCollectedFrom", ShopifyEnums.ConsentCollectedFrom);
        Enum(schema, "OrderDisplayFinancialStatus", ShopifyEnums.FinancialStatuses);
        Enum(schema, "CustomerSortKeys", "CREATED_AT", "ID", "LOCATION", "NAME", "RELEVANCE", "UPDATED_AT");
        Enum(schema, "OrderSortKeys", "CREATED_AT", "CUSTOMER_NAME", "DESTINATION", "FINANCIAL_STATUS", "FULFILLMENT_STATUS", "ID",
            "ORDER_NUMBER", "PO_NUMBER", "PROCESSED_AT", "RELEVANCE", "TOTAL_ITEMS_QUANTITY", "TOTAL_PRICE", "UPDATED_AT");
        Enum(schema, "BulkOperationStatus", "CANCELED", "CANCELING", "COMPLETED", "CREATED", "EXPIRED", "FAILED", "RUNNING");
        Enum(schema, "BulkOperationErrorCode", "ACCESS_DENIED", "INTERNAL_SERVER_ERROR", "TIMEOUT");
        Enum(schema, "BulkOperationType", "QUERY", "MUTATION");
        Enum(schema, "BulkOperationUserErrorCode", "OPERATION_IN_PROGRESS", "INVALID");

        // Output-only enums: the sandbox never takes them as arguments, so only the values it emits are listed.
        Enum(schema, "CurrencyCode", "USD", "EUR", "GBP", "CAD", "AUD", "JPY", "PLN", "BRL");
        Enum(schema, "CountryCode", "US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PL", "JP", "AU");
    }

    private static void AddPageInfo(GqlSchema schema) =>
        Object<Connections.PageInfo>(schema, "PageInfo")
            .Boolean("hasNextPage", p => p.HasNextPage)
            .Boolean("hasPreviousPage", p => p.HasPreviousPage)
            .String("startCursor", p => p.StartCursor)
            .String("endCursor", p => p.EndCursor);

    private static void AddMoney(GqlSchema schema)
    {
        Object<MoneyValue>(schema, "MoneyV2")
            .Decimal("amount", m => m.Amount)
            .Enum("currencyCode", "CurrencyCode!", m => m.CurrencyCode);
        Object<MoneyBagValue>(schema, "MoneyBag")
            .Object("shopMoney", "MoneyV2!", (b, _) => b.ShopMoney)
            .Object("presentmentMoney", "MoneyV2!", (b, _) => b.ShopMoney);
    }

    private static IReadOnlyList<GqlArgument> ConnectionArguments(string sortEnum, string defaultSort) =>
    [
        new("first", GqlTypeRef.Parse("Int")),
        new("after", GqlTypeRef.Parse("String")),
        new("last", GqlTypeRef.Parse("Int")),
        new("before", GqlTypeRef.Parse("String")),
        new("reverse", GqlTypeRef.Parse("Boolean"), false),
        new("sortKey", GqlTypeRef.Parse(sortEnum), defaultSort),
        new("query", GqlTypeRef.Parse("String")),
    ];

    /// <summary>Declares <c>{Node}Connection</c> and <c>{Node}Edge</c>.</summary>
    private static void AddConnectionTypes(GqlSchema schema, string node)
    {
        Object<Connections.Edge>(schema, node + "Edge")
            .String("cursor", e => e.Cursor, "String!")
            .Object("node", node + "!", (e, _) => e.Node);
        Object<Connections.ConnectionPage>(schema, node + "Connection")
            .Object("edges", $"[{node}Edge!]!", (p, _) => p.Edges)
            .Object("nodes", $"[{node}!]!", (p, _) => p.Edges.Select(e => e.Node))
            .Object("pageInfo", "PageInfo!", (p, _) => p.PageInfo);
    }
}
