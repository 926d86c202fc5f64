namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary><c>email_marketing_consent</c> / <c>sms_marketing_consent</c>: lower-case states such as <c>subscribed</c>.</summary>
internal sealed class WebhookConsent
{
    public string? State { get; init; }

    public string? OptInLevel { get; init; }

    public DateTimeOffset? ConsentUpdatedAt { get; init; }
}
