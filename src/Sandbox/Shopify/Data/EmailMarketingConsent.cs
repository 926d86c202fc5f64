namespace Connectors.Sandbox.Shopify.Data;

/// <summary>A customer's email marketing consent, in Shopify's enum spellings.</summary>
/// <param name="MarketingState">NOT_SUBSCRIBED, PENDING, SUBSCRIBED, UNSUBSCRIBED, REDACTED or INVALID.</param>
/// <param name="MarketingOptInLevel">SINGLE_OPT_IN, CONFIRMED_OPT_IN or UNKNOWN.</param>
/// <param name="ConsentUpdatedAt">When the consent last changed, if known.</param>
public sealed record EmailMarketingConsent(string MarketingState, string? MarketingOptInLevel, DateTimeOffset? ConsentUpdatedAt);
