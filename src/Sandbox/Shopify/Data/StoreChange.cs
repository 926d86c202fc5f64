namespace Connectors.Sandbox.Shopify.Data;

/// <summary>A change made through the control API, with its webhook topic.</summary>
internal sealed record StoreChange(string Topic, CustomerRecord? Customer, OrderRecord? Order);
