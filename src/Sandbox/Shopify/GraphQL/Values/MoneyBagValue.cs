namespace Connectors.Sandbox.Shopify.GraphQL.Values;

/// <summary>A MoneyBag; the sandbox presents every amount in the shop currency.</summary>
internal sealed record MoneyBagValue(MoneyValue ShopMoney);
