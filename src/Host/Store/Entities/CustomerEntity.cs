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
}
