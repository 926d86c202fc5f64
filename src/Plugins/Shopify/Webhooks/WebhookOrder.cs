namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>The REST-style order payload of <c>orders/create</c> and <c>orders/updated</c>.</summary>
internal sealed class WebhookOrder
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Note { get; init; }

    public string? CustomerLocale { get; init; }

    public WebhookCustomerRef? Customer { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
