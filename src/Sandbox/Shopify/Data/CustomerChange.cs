namespace Connectors.Sandbox.Shopify.Data;

/// <summary>
/// Fields to set on a customer through the control API. Null leaves a field as it is; an empty string
/// clears a text field. Enum values use Shopify's spellings (<c>SUBSCRIBED</c>).
/// </summary>
public sealed record CustomerChange
{
    /// <summary>On create: start from this sandbox person (the same person other vendors show).</summary>
    public long? PersonIndex { get; init; }

    /// <summary>Given name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name.</summary>
    public string? LastName { get; init; }

    /// <summary>Email address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone (E.164).</summary>
    public string? Phone { get; init; }

    /// <summary>Staff note.</summary>
    public string? Note { get; init; }

    /// <summary>Tags (replace the existing ones).</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>DISABLED, INVITED, ENABLED or DECLINED.</summary>
    public string? State { get; init; }

    /// <summary>Locale.</summary>
    public string? Locale { get; init; }

    /// <summary>Whether the email is verified.</summary>
    public bool? VerifiedEmail { get; init; }

    /// <summary>Email marketing state (consentUpdatedAt becomes the sandbox time).</summary>
    public string? EmailMarketingState { get; init; }

    /// <summary>Email marketing opt-in level.</summary>
    public string? EmailMarketingOptInLevel { get; init; }

    /// <summary>SMS marketing state (consentUpdatedAt becomes the sandbox time).</summary>
    public string? SmsMarketingState { get; init; }

    /// <summary>Every problem with the values; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        ShopifyEnums.Check(errors, "state", State, ShopifyEnums.CustomerStates);
        ShopifyEnums.Check(errors, "emailMarketingState", EmailMarketingState, ShopifyEnums.EmailMarketingStates);
        ShopifyEnums.Check(errors, "emailMarketingOptInLevel", EmailMarketingOptInLevel, ShopifyEnums.OptInLevels);
        ShopifyEnums.Check(errors, "smsMarketingState", SmsMarketingState, ShopifyEnums.SmsMarketingStates);
        if (PersonIndex is < 0)
        {
            errors.Add($"personIndex must be 0 or more, was {PersonIndex}");
        }

        return errors;
    }
}
