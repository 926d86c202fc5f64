namespace Connectors.Plugins.Webhook.Formats.Envelopes;

/// <summary>A customer: the unified one (channel <c>connectors</c>, id = the store's customer id) or a source's own.</summary>
internal sealed record EnvelopeCustomer(
    string SourceId,
    string Channel,
    string? Name,
    string? Email,
    string? Phone,
    string? Locale,
    string? Country,
    EnvelopeConsent? EmailMarketingConsent,
    EnvelopeConsent? SmsConsent,
    IReadOnlyList<string> Tags,
    IReadOnlyList<EnvelopeIdentity> Identities,
    IReadOnlyList<string> OrderIds,
    string? SeenAt);
