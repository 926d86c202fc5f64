using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Connections;
using Connectors.Sandbox.Shopify.GraphQL.Values;

namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>Shop, QueryRoot and Mutation.</summary>
internal static partial class ShopifySchema
{
    private static void AddShop(GqlSchema schema)
    {
        Object<ShopValue>(schema, "ShopPlan")
            .String("displayName", s => s.Plan == ShopifyPlan.Standard ? "Basic" : s.Plan.ToString(), "String!")
            .Boolean("partnerDevelopment", _ => false)
            .Boolean("shopifyPlus", s => s.Plan is ShopifyPlan.Plus or ShopifyPlan.Enterprise);
        Object<ShopValue>(schema, "Shop")
            .String("id", _ => ShopifyIds.Gid("Shop", 1), "ID!")
            .String("name", s => s.Domain.Split('.')[0], "String!")
            .String("myshopifyDomain", s => s.Domain, "String!")
            .String("email", s => "owner@" + s.Domain, "String!")
            .Enum("currencyCode", "CurrencyCode!", s => s.Currency)
            .String("ianaTimezone", _ => "Etc/UTC", "String!")
            .Object("plan", "ShopPlan!", (s, _) => s);
    }

    private static void AddQueryRoot(GqlSchema schema)
    {
        var id = new GqlArgument("id", GqlTypeRef.Parse("ID!"));
        new TypeBuilder<object>(schema.Query)
            .Object("customers", "CustomerConnection!",
                (_, f, x) => x.ResolveConnection(StoreSources.Customers(x.Store, x.AsOf), f),
                ConnectionArguments("CustomerSortKeys", "ID"))
            .Object("orders", "OrderConnection!",
                (_, f, x) => x.ResolveConnection(StoreSources.Orders(x.Store, x.AsOf), f),
                ConnectionArguments("OrderSortKeys", "PROCESSED_AT"))
            .Object("customer", "Customer", (_, f, x) => ShopifyIds.Parse(f.Argument<string>("id"), "Customer") is { } c
                ? x.Store.FindCustomer(c, x.AsOf) : null, [id])
            .Object("order", "Order", (_, f, x) => ShopifyIds.Parse(f.Argument<string>("id"), "Order") is { } o
                ? x.Store.FindOrder(o, x.AsOf) : null, [id])
            .Object("node", "Node", (_, f, x) => FindNode(f.Argument<string>("id"), x), [id])
            .Object("bulkOperation", "BulkOperation", (_, f, x) => x.Emulator.Bulk.Find(f.Argument<string>("id")), [id], since: "2026-01")
            .Object("currentBulkOperation", "BulkOperation", (_, f, x) => x.Emulator.Bulk.Current(f.Argument<string>("type") ?? "QUERY"),
                [new GqlArgument("type", GqlTypeRef.Parse("BulkOperationType"), "QUERY")])
            .Object("shop", "Shop!", (_, x) => x.Emulator.Shop);
    }

    private static void AddMutations(GqlSchema schema) =>
        new TypeBuilder<object>(schema.Mutation)
            .Object("bulkOperationRunQuery", "BulkOperationRunQueryPayload",
                (_, f, x) => x.Emulator.Bulk.Start(f.Argument<string>("query") ?? string.Empty, x),
                [new GqlArgument("query", GqlTypeRef.Parse("String!"))], fixedCost: 10)
            .Object("bulkOperationCancel", "BulkOperationCancelPayload",
                (_, f, x) => x.Emulator.Bulk.Cancel(f.Argument<string>("id")),
                [new GqlArgument("id", GqlTypeRef.Parse("ID!"))], fixedCost: 10);

    private static object? FindNode(string? gid, Execution.QueryContext x) => ShopifyIds.ParseAny(gid) switch
    {
        ("Customer", var id) => x.Store.FindCustomer(id, x.AsOf),
        ("Order", var id) => x.Store.FindOrder(id, x.AsOf),
        ("BulkOperation", _) => x.Emulator.Bulk.Find(gid),
        ("Shop", 1) => x.Emulator.Shop,
        _ => null,
    };
}
