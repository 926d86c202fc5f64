namespace Connectors.Sandbox.Surveys;

/// <summary>
/// How many people answer, how often, and how they write their contact details. Shares are probabilities (0..1) drawn
/// per person or per answer from the sandbox seed, so the same options and plan always give the same exports. The
/// defaults give about 1,300 rows for the sandbox's default 1,000 customers with 2 orders each.
/// </summary>
public sealed record SurveyExportPlan
{
    /// <summary>The connector name the truth and the suggested configuration give the Shopify source.</summary>
    public string ShopifyConnector { get; init; } = "shop";

    /// <summary>Chance that a customer answers the post-purchase NPS survey of each of their orders (the row carries the order id).</summary>
    public double NpsPerOrderShare { get; init; } = 0.6;

    /// <summary>Chance that a customer answers the NPS survey from a newsletter link (no order id).</summary>
    public double NpsGeneralShare { get; init; } = 0.25;

    /// <summary>Share of post-purchase NPS answers whose respondent left every contact field empty: only the hidden order id keys them.</summary>
    public double OrderOnlyShare { get; init; } = 0.2;

    /// <summary>Chance that a customer answers the CSAT survey (sent after a support contact).</summary>
    public double CsatShare { get; init; } = 0.5;

    /// <summary>Chance that a CSAT respondent answers a second CSAT survey.</summary>
    public double CsatRepeatShare { get; init; } = 0.25;

    /// <summary>Share of CSAT surveys sent by SMS (the row has the phone in E.164 and no email) to people with a phone of their own.</summary>
    public double SmsShare { get; init; } = 0.3;

    /// <summary>Chance that a customer with an email writes through the contact form.</summary>
    public double ContactShare { get; init; } = 0.2;

    /// <summary>Chance that a contact-form writer writes a second time.</summary>
    public double ContactRepeatShare { get; init; } = 0.2;

    /// <summary>Share of typed answers with an email that also carry the person's phone.</summary>
    public double PhoneShare { get; init; } = 0.3;

    /// <summary>Share of NPS answers of customers with an email and a phone of their own who type only the phone.</summary>
    public double PhoneOnlyShare { get; init; } = 0.1;

    /// <summary>Share of typed phones in the market's national format (readable only with the market's region); the rest are E.164.</summary>
    public double NationalPhoneShare { get; init; } = 0.5;

    /// <summary>Share of typed emails written in another case or with stray spaces.</summary>
    public double EmailVariantShare { get; init; } = 0.3;

    /// <summary>Share of NPS answers that fill in the name (contact forms always have it).</summary>
    public double NameShare { get; init; } = 0.7;

    /// <summary>Share of NPS and CSAT answers without a comment.</summary>
    public double EmptyCommentShare { get; init; } = 0.3;

    /// <summary>Share of a market's customers who also answer once in another market's NPS or CSAT survey.</summary>
    public double CrossMarketShare { get; init; } = 0.05;

    /// <summary>People who appear only in surveys, per market, as a share of the market's Shopify customers (at least one when above 0).</summary>
    public double SurveyOnlyShare { get; init; } = 0.2;

    /// <summary>Households per market (members who share one phone, each with their own email), as a share of the market's customers.</summary>
    public double HouseholdShare { get; init; } = 0.04;

    /// <summary>Pairs per market of a customer and a survey-only person with the same first and last name, as a share of the market's customers.</summary>
    public double NamesakeShare { get; init; } = 0.02;

    /// <summary>Every problem with the plan, each naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(ShopifyConnector))
        {
            errors.Add("shopifyConnector must be a connector name such as \"shop\", was empty");
        }

        (string Name, double Value)[] shares =
        [
            (nameof(NpsPerOrderShare), NpsPerOrderShare), (nameof(NpsGeneralShare), NpsGeneralShare), (nameof(OrderOnlyShare), OrderOnlyShare),
            (nameof(CsatShare), CsatShare), (nameof(CsatRepeatShare), CsatRepeatShare), (nameof(SmsShare), SmsShare),
            (nameof(ContactShare), ContactShare), (nameof(ContactRepeatShare), ContactRepeatShare), (nameof(PhoneShare), PhoneShare),
            (nameof(PhoneOnlyShare), PhoneOnlyShare), (nameof(NationalPhoneShare), NationalPhoneShare),
            (nameof(EmailVariantShare), EmailVariantShare), (nameof(NameShare), NameShare), (nameof(EmptyCommentShare), EmptyCommentShare),
            (nameof(CrossMarketShare), CrossMarketShare), (nameof(SurveyOnlyShare), SurveyOnlyShare), (nameof(HouseholdShare), HouseholdShare),
            (nameof(NamesakeShare), NamesakeShare),
        ];
        foreach (var (name, value) in shares)
        {
            if (!(value >= 0 && value <= 1))
            {
                errors.Add($"{char.ToLowerInvariant(name[0])}{name[1..]} must be between 0 and 1, was {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        return errors;
    }
}
