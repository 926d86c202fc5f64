namespace Connectors.Sandbox.Surveys;

/// <summary>
/// Why a record of the truth is a test case, so results can be broken down by variant. A record has any number of them.
/// </summary>
public static class SurveyTraits
{
    /// <summary>A Shopify customer record (connector <see cref="SurveyExportPlan.ShopifyConnector"/>, source id the customer gid).</summary>
    public const string Shopify = "shopify";

    /// <summary>The person is not a Shopify customer: they appear only in surveys.</summary>
    public const string SurveyOnly = "survey-only";

    /// <summary>The row carries only an order id (no email, no phone, no name): the order's buyer is the respondent.</summary>
    public const string OrderOnly = "order-only";

    /// <summary>The row carries an order id of the respondent beside an email or a phone.</summary>
    public const string OrderId = "order-id";

    /// <summary>The row carries a phone and no email.</summary>
    public const string PhoneOnly = "phone-only";

    /// <summary>The phone is in the market's national format: only readable with the market's region.</summary>
    public const string NationalPhone = "national-phone";

    /// <summary>The phone is in E.164, with or without spaces.</summary>
    public const string E164Phone = "e164-phone";

    /// <summary>The email is typed in another case than the person's address, or with stray spaces.</summary>
    public const string EmailVariant = "email-variant";

    /// <summary>The person belongs to a household: their rows carry the household's phone, not their own, and their own email.</summary>
    public const string Household = "household";

    /// <summary>The household's phone is this person's own mobile (on their Shopify record when they are a customer).</summary>
    public const string HouseholdOwner = "household-owner";

    /// <summary>The record shows a name that another person in the data (a Shopify customer or a named survey row) has too.</summary>
    public const string Namesake = "namesake";

    /// <summary>The row is in another market's export than the person's own.</summary>
    public const string CrossMarket = "cross-market";

    /// <summary>The person answered this export before.</summary>
    public const string Repeat = "repeat";
}
