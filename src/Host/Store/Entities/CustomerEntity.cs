namespace Connectors.Host.Store.Entities;

/// <summary>A unified customer: one row per person, however many channels they appear on.</summary>
public sealed class CustomerEntity
{
    public long Id { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Name { get; set; }

    public string? Locale { get; set; }

    public string? Country { get; set; }

    public bool? EmailMarketingConsent { get; set; }

    public string? EmailMarketingConsentSource { get; set; }

    public DateTimeOffset? EmailMarketingConsentAt { get; set; }

    public bool? SmsConsent { get; set; }

    public string? SmsConsentSource { get; set; }

    public DateTimeOffset? SmsConsentAt { get; set; }

    /// <summary>Tags as a JSON array.</summary>
    public string Tags { get; set; } = "[]";

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    // Provenance: where each contact attribute's current value came from (connector:source id) and when that source
    // saw it; a value from a source that saw the customer more recently replaces it.

    public string? EmailSource { get; set; }

    public DateTimeOffset? EmailAt { get; set; }

    public string? PhoneSource { get; set; }

    public DateTimeOffset? PhoneAt { get; set; }

    public string? NameSource { get; set; }

    public DateTimeOffset? NameAt { get; set; }

    public string? LocaleSource { get; set; }

    public DateTimeOffset? LocaleAt { get; set; }

    public string? CountrySource { get; set; }

    public DateTimeOffset? CountryAt { get; set; }
}
