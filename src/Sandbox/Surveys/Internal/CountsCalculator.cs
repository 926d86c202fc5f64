namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Sums up a set of exports from their rows and their truth.</summary>
internal static class CountsCalculator
{
    public static SurveyExportCounts Count(
        IReadOnlyList<MarketPopulation> markets, IReadOnlyList<ExportRows> exports, SurveyTruth truth, NameRegistry names, int customers)
    {
        var rows = exports.SelectMany(e => e.Rows).ToList();
        int With(string trait) => rows.Count(r => r.Traits.Contains(trait, StringComparer.Ordinal));
        var respondents = rows.Select(r => r.Person).Distinct().ToList();
        var households = markets.SelectMany(m => m.Households).ToList();
        return new SurveyExportCounts
        {
            Rows = rows.Count,
            RowsByConnector = exports.ToDictionary(e => e.Layout.Connector, e => e.Rows.Count, StringComparer.Ordinal),
            OrderOnlyRows = With(SurveyTraits.OrderOnly),
            PhoneOnlyRows = With(SurveyTraits.PhoneOnly),
            NationalPhoneRows = With(SurveyTraits.NationalPhone),
            EmailVariantRows = With(SurveyTraits.EmailVariant),
            RepeatAnswers = With(SurveyTraits.Repeat),
            Respondents = respondents.Count,
            SurveyOnlyPeople = respondents.Count(p => p >= customers),
            PeopleOnSeveralChannels = truth.Records.GroupBy(r => r.Person).Count(g => g.Select(r => r.Connector).Distinct(StringComparer.Ordinal).Count() >= 2),
            PeopleInSeveralMarkets = exports.SelectMany(e => e.Rows.Select(r => (r.Person, e.Market.Code))).Distinct()
                .GroupBy(x => x.Person).Count(g => g.Count() >= 2),
            Households = households.Count,
            HouseholdMembers = households.Sum(h => h.Members.Count),
            HouseholdMembersOnShopify = households.Sum(h => h.Members.Count(m => m.IsCustomer)),
            NamesakePairs = markets.Sum(m => m.NamesakePairs),
            SharedNames = names.SharedNames,
            TruePairs = truth.TruePairs,
        };
    }
}
