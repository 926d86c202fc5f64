namespace Connectors.Abstractions;

/// <summary>A customer as one source sees them. The host normalises email and phone and resolves identity.</summary>
public sealed record CustomerRecord
{
    /// <summary>The customer's id at the source; with the connector instance it is the record's key.</summary>
    public required string SourceId { get; init; }

    /// <summary>The channel the record comes from, see <see cref="Channels"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>Email address as given; the host trims and lower-cases it.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number as given; the host converts it to E.164 using <see cref="Country"/> as a hint.</summary>
    public string? Phone { get; init; }

    /// <summary>Full name.</summary>
    public string? Name { get; init; }

    /// <summary>Preferred locale, for example <c>de-DE</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string? Country { get; init; }

    /// <summary>Consent to email marketing, if the source knows it.</summary>
    public Consent? EmailMarketingConsent { get; init; }

    /// <summary>Consent to SMS marketing, if the source knows it.</summary>
    public Consent? SmsConsent { get; init; }

    /// <summary>Tags from the source.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Other identities the source knows for this customer (beyond channel and source id).</summary>
    public IReadOnlyList<CustomerIdentity> Identities { get; init; } = [];

    /// <summary>Order ids the source links to the customer, used to match customers across channels.</summary>
    public IReadOnlyList<string> OrderIds { get; init; } = [];

    /// <summary>When the source last saw or changed the customer.</summary>
    public DateTimeOffset? SeenAt { get; init; }
}
