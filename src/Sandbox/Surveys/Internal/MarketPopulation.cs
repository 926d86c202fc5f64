namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Who may answer in one market: its Shopify customers, the people who appear only in its surveys, its households.</summary>
internal sealed class MarketPopulation(MarketProfile market)
{
    public MarketProfile Market { get; } = market;

    /// <summary>Every Shopify customer from the market's country, in index order (each answers or not by the plan's shares).</summary>
    public List<Respondent> Customers { get; } = [];

    /// <summary>People who are not Shopify customers: household members, namesakes and plain survey-only people.</summary>
    public List<Respondent> SurveyOnly { get; } = [];

    public List<Household> Households { get; } = [];

    /// <summary>Pairs of a customer and a survey-only person with the same name that the plan asked for.</summary>
    public int NamesakePairs { get; set; }
}
