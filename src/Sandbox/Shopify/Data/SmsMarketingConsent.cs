namespace Connectors.Sandbox.Shopify.Data;

/// <summary>A customer's SMS marketing consent, in Shopify's enum spellings.</summary>
/// <param name="MarketingState">NOT_SUBSCRIBED, PENDING, SUBSCRIBED, UNSUBSCRIBED or REDACTED.</param>
/// <param name="MarketingOptInLevel">SINGLE_OPT_IN, CONFIRMED_OPT_IN or UNKNOWN.</param>
/// <param name="ConsentUpdatedAt">When the consent last changed, if known.</param>
/// <param name="ConsentCollectedFrom">SHOPIFY or OTHER.</param>
public sealed record SmsMarketingConsent(string MarketingState, string MarketingOptInLevel, DateTimeOffset? ConsentUpdatedAt, string? ConsentCollectedFrom);
