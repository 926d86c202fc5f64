using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>Lists every record a pipeline stores from the shop and the exports, with its person and traits.</summary>
internal static class TruthBuilder
{
    public static SurveyTruth Build(
        SurveyContext context, IReadOnlyList<MarketPopulation> markets, IReadOnlyList<ExportRows> exports, NameRegistry names)
    {
        var households = markets.SelectMany(m => m.Households).SelectMany(h => h.Members.Where(r => r.IsCustomer).Select(r => (r, h)))
            .ToDictionary(x => x.r.Index, x => x.h.Owner == x.r);
        var shop = context.Plan.ShopifyConnector;
        var records = new List<TruthRecord>(context.Options.Customers + exports.Sum(e => e.Rows.Count));
        for (var i = 0; i < context.Options.Customers; i++)
        {
            var traits = new List<string> { SurveyTraits.Shopify };
            if (households.TryGetValue(i, out var owner))
            {
                traits.Add(SurveyTraits.Household);
                if (owner)
                {
                    traits.Add(SurveyTraits.HouseholdOwner);
                }
            }

            if (names.IsShared(ExportAssembler.FullName(context.People.Get(i))))
            {
                traits.Add(SurveyTraits.Namesake);
            }

            records.Add(new TruthRecord(shop, ShopifyIds.Gid("Customer", ShopifyIds.CustomerIdBase + i), i, traits));
        }

        foreach (var export in exports)
        {
            records.AddRange(export.Rows.Select(row => new TruthRecord(export.Layout.Connector, row.ResponseId, row.Person, [.. row.Traits])));
        }

        IReadOnlyList<string> connectors = [shop, .. exports.Select(e => e.Layout.Connector)];
        return new SurveyTruth(context.Seed, context.Options.Customers, context.Options.OrdersPerCustomer, shop, connectors, records);
    }
}
