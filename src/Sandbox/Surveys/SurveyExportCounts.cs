namespace Connectors.Sandbox.Surveys;

/// <summary>What a set of exports holds, for reports and for sizing a plan.</summary>
public sealed record SurveyExportCounts
{
    /// <summary>Data rows of every export.</summary>
    public required int Rows { get; init; }

    /// <summary>Data rows per connector, in configuration order.</summary>
    public required IReadOnlyDictionary<string, int> RowsByConnector { get; init; }

    /// <summary>Rows keyed only by an order id (no email, no phone).</summary>
    public required int OrderOnlyRows { get; init; }

    /// <summary>Rows with a phone and no email.</summary>
    public required int PhoneOnlyRows { get; init; }

    /// <summary>Rows whose phone is in the market's national format.</summary>
    public required int NationalPhoneRows { get; init; }

    /// <summary>Rows whose email is typed in another case or with stray spaces.</summary>
    public required int EmailVariantRows { get; init; }

    /// <summary>Answers of someone who answered the same export before.</summary>
    public required int RepeatAnswers { get; init; }

    /// <summary>Distinct people with at least one answer.</summary>
    public required int Respondents { get; init; }

    /// <summary>Respondents who are not Shopify customers.</summary>
    public required int SurveyOnlyPeople { get; init; }

    /// <summary>People with records in two or more connectors (the Shopify connector counts as one).</summary>
    public required int PeopleOnSeveralChannels { get; init; }

    /// <summary>People who answer in two markets.</summary>
    public required int PeopleInSeveralMarkets { get; init; }

    /// <summary>Households: people who share one phone and answer with their own emails.</summary>
    public required int Households { get; init; }

    /// <summary>Members of those households, owners of the phone included.</summary>
    public required int HouseholdMembers { get; init; }

    /// <summary>Household members who are Shopify customers.</summary>
    public required int HouseholdMembersOnShopify { get; init; }

    /// <summary>Pairs of a Shopify customer and a survey-only person with the same name, both answering, that the plan placed.</summary>
    public required int NamesakePairs { get; init; }

    /// <summary>Full names shown by two or more people, on Shopify or in named rows (the placed pairs and chance ones).</summary>
    public required int SharedNames { get; init; }

    /// <summary>Pairs of records of one person in the truth: what a perfect resolver joins.</summary>
    public required long TruePairs { get; init; }
}
