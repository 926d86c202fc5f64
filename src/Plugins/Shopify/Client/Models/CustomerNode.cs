using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Client.Models;

/// <summary>A customer as the queries select it, in both the pre- and post-2025-04 field sets.</summary>
internal sealed class CustomerNode
{
    public required string Id { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Locale { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public List<string>? Tags { get; init; }

    /// <summary>Before 2025-04 (deprecated from then).</summary>
    public string? Email { get; init; }

    /// <summary>Before 2025-04 (deprecated from then).</summary>
    public string? Phone { get; init; }

    public CustomerEmailAddressDto? DefaultEmailAddress { get; init; }

    public CustomerPhoneNumberDto? DefaultPhoneNumber { get; init; }

    public MailingAddressDto? DefaultAddress { get; init; }

    public MarketingConsentDto? EmailMarketingConsent { get; init; }

    public MarketingConsentDto? SmsMarketingConsent { get; init; }

    /// <summary>Set on bulk result lines that belong to a nested connection.</summary>
    [JsonPropertyName("__parentId")]
    public string? ParentId { get; init; }
}
