namespace Connectors.Sandbox.Shopify.Data;

/// <summary>
/// One version of a Shopify customer. Seeded customers are generated on demand from their person;
/// a change through the control API stores a new version that points at the one it replaced.
/// </summary>
public sealed record CustomerRecord
{
    /// <summary>Legacy (numeric) id.</summary>
    public required long Id { get; init; }

    /// <summary>Global id (<c>gid://shopify/Customer/…</c>).</summary>
    public string Gid => ShopifyIds.Gid("Customer", Id);

    /// <summary>Index of the sandbox person this customer is, or -1 for a customer made from scratch.</summary>
    public long PersonIndex { get; init; } = -1;

    /// <summary>Given name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name.</summary>
    public string? LastName { get; init; }

    /// <summary>Email address, if any.</summary>
    public string? Email { get; init; }

    /// <summary>Phone in E.164, if any.</summary>
    public string? Phone { get; init; }

    /// <summary>Staff note.</summary>
    public string? Note { get; init; }

    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>DISABLED, INVITED, ENABLED or DECLINED.</summary>
    public string State { get; init; } = "DISABLED";

    /// <summary>Whether the email address was verified.</summary>
    public bool VerifiedEmail { get; init; }

    /// <summary>Customer locale (<c>en</c>, <c>pt-BR</c>).</summary>
    public string Locale { get; init; } = "en";

    /// <summary>Email marketing consent; null when the customer has no email.</summary>
    public EmailMarketingConsent? EmailMarketing { get; init; }

    /// <summary>SMS marketing consent; null when the customer has no phone.</summary>
    public SmsMarketingConsent? SmsMarketing { get; init; }

    /// <summary>ISO country code of the default address.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Country name of the default address.</summary>
    public string? Country { get; init; }

    /// <summary>City of the default address.</summary>
    public string? City { get; init; }

    /// <summary>Creation time (whole seconds, UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last change (whole seconds, UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Store version that wrote this record; 0 for seeded data.</summary>
    internal long Seq { get; init; }

    /// <summary>The version this one replaced, if it was stored (seeded originals are regenerated instead).</summary>
    internal CustomerRecord? Previous { get; init; }
}
