namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>The part of a REST address the connector reads.</summary>
internal sealed class WebhookAddress
{
    public string? CountryCode { get; init; }
}
