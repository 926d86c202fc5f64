using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// Puts the planned answers into their exports in time order, gives them the tool's response ids, and adds the traits
/// that need every row known: repeated answers and namesakes.
/// </summary>
internal static class ExportAssembler
{
    public static IReadOnlyList<ExportRows> Assemble(SurveyContext context, IReadOnlyList<SurveyAnswer> answers, NameRegistry names)
    {
        var byExport = answers.ToLookup(a => a.Export);
        var exports = new List<ExportRows>();
        for (var m = 0; m < MarketProfiles.All.Count; m++)
        {
            var market = MarketProfiles.All[m];
            foreach (var layout in market.Exports)
            {
                var rows = byExport[layout]
                    .OrderBy(a => a.SubmittedAt)
                    .ThenBy(a => a.Person)
                    .ThenBy(a => a.Ordinal)
                    .ToList();
                var seen = new HashSet<long>();
                for (var position = 0; position < rows.Count; position++)
                {
                    var row = rows[position];
                    row.ResponseId = ResponseIds.For(layout, market.Code, m, position, context.Seed);
                    if (!seen.Add(row.Person))
                    {
                        row.Traits.Add(SurveyTraits.Repeat);
                    }
                }

                exports.Add(new ExportRows(market, layout, rows));
            }
        }

        foreach (var row in answers.Where(a => a.Name is not null))
        {
            names.Add(row.Name!, row.Person);
        }

        foreach (var row in answers.Where(a => a.Name is not null && names.IsShared(a.Name)))
        {
            row.Traits.Add(SurveyTraits.Namesake);
        }

        return exports;
    }

    /// <summary>The names of every Shopify customer, the other half of what makes a namesake.</summary>
    public static NameRegistry ShopifyNames(SurveyContext context)
    {
        var names = new NameRegistry();
        for (var i = 0; i < context.Options.Customers; i++)
        {
            var person = context.People.Get(i);
            names.Add(FullName(person), i);
        }

        return names;
    }

    public static string FullName(SandboxPerson person) => $"{person.FirstName} {person.LastName}";
}
