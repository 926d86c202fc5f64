namespace Connectors.Sandbox.Shopify.GraphQL.Values;

/// <summary>A MoneyV2.</summary>
internal sealed record MoneyValue(decimal Amount, string CurrencyCode);
