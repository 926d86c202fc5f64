namespace Connectors.Sandbox.Shopify.GraphQL.Values;

/// <summary>The shop object.</summary>
internal sealed record ShopValue(string Domain, string Currency, ShopifyPlan Plan);
