namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary><c>emailMarketingConsent</c> or <c>smsMarketingConsent</c>.</summary>
internal sealed class MarketingConsentDto
{
    public string? MarketingState { get; init; }

    public string? MarketingOptInLevel { get; init; }

    public DateTimeOffset? ConsentUpdatedAt { get; init; }

    public string? ConsentCollectedFrom { get; init; }
}
