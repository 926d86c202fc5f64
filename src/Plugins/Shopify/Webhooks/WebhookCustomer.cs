namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>The REST-style customer payload of <c>customers/create</c> and <c>customers/update</c>.</summary>
internal sealed class WebhookCustomer
{
    public long Id { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Phone { get; init; }

    public string? Locale { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Comma-separated, unlike GraphQL's list.</summary>
    public string? Tags { get; init; }

    public string? Note { get; init; }

    public WebhookConsent? EmailMarketingConsent { get; init; }

    public WebhookConsent? SmsMarketingConsent { get; init; }

    public WebhookAddress? DefaultAddress { get; init; }
}
