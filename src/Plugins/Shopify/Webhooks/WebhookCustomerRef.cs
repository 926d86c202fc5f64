namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>The customer embedded in an order payload; only its id is used.</summary>
internal sealed class WebhookCustomerRef
{
    public long? Id { get; init; }
}
