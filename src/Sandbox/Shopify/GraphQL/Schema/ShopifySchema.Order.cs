using Connectors.Sandbox.Shopify.Data;
using Connectors.Sandbox.Shopify.GraphQL.Values;

namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>Order.</summary>
internal static partial class ShopifySchema
{
    private static void AddOrder(GqlSchema schema)
    {
        AddConnectionTypes(schema, "Order");
        Object<OrderRecord>(schema, "Order")
            .String("id", o => ShopifyIds.Gid("Order", o.Id), "ID!")
            .UInt64("legacyResourceId", (o, _) => o.Id)
            .String("name", o => o.Name, "String!")
            .String("email", o => o.Email)
            .String("phone", o => o.Phone)
            .String("note", o => o.Note)
            .String("customerLocale", o => o.CustomerLocale)
            .StringList("tags", o => o.Tags)
            .Time("createdAt", o => o.CreatedAt)
            .Time("updatedAt", o => o.UpdatedAt)
            .Time("processedAt", o => o.CreatedAt)
            .Enum("displayFinancialStatus", "OrderDisplayFinancialStatus", o => o.FinancialStatus)
            .Object("customer", "Customer", (o, x) => o.CustomerId is { } id ? x.Store.FindCustomer(id, x.AsOf) : null)
            .Object("totalPriceSet", "MoneyBag!", (o, _) => new MoneyBagValue(new MoneyValue(o.TotalPrice, o.Currency)));
    }
}
