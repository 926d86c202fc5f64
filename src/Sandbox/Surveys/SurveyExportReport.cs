using System.Globalization;

namespace Connectors.Sandbox.Surveys;

/// <summary>A short human-readable account of what <see cref="SurveyExports.Write"/> wrote, for the command line.</summary>
public static class SurveyExportReport
{
    /// <summary>One line per file, then the counts that make the test cases.</summary>
    public static IReadOnlyList<string> Describe(SurveyExportResult result)
    {
        var c = result.Counts;
        var truth = result.Truth;
        var lines = new List<string>
        {
            Line($"survey exports of seed {truth.Seed}, {truth.Customers} customers, {truth.OrdersPerCustomer} orders per customer, in {result.Directory}"),
        };
        lines.AddRange(result.Files.Select(f => Line($"  {f.Connector,-11} {f.Rows,6} rows  {Path.GetRelativePath(result.Directory, f.Path)}")));
        lines.Add(Line($"  {c.Rows} rows from {c.Respondents} people ({c.SurveyOnlyPeople} only in surveys); {c.PeopleOnSeveralChannels} people on 2+ connectors, {c.PeopleInSeveralMarkets} in 2 markets"));
        lines.Add(Line($"  {c.OrderOnlyRows} order-id-only rows, {c.PhoneOnlyRows} phone-only rows, {c.NationalPhoneRows} national phones, {c.EmailVariantRows} email variants, {c.RepeatAnswers} repeat answers"));
        lines.Add(Line($"  {c.Households} households ({c.HouseholdMembers} members, {c.HouseholdMembersOnShopify} of them Shopify customers), {c.NamesakePairs} placed namesake pairs, {c.SharedNames} shared names"));
        lines.Add(Line($"  truth: {truth.Records.Count} records, {c.TruePairs} true pairs -> {Path.GetRelativePath(result.Directory, result.TruthPath)}"));
        lines.Add(truth.OrdersPerCustomer == new SandboxOptions().OrdersPerCustomer
            ? Line($"  configuration: {Path.GetRelativePath(result.Directory, result.ConfigPath)} (run: dotnet run --project src/Host -- demo --config {result.ConfigPath} --seed {truth.Seed} --customers {truth.Customers})")
            : Line($"  configuration: {Path.GetRelativePath(result.Directory, result.ConfigPath)} (start the sandbox with --seed {truth.Seed} --customers {truth.Customers} --orders-per-customer {truth.OrdersPerCustomer} and set CONNECTORS_SANDBOX_URL to it; the demo verb's shop has the default orders per customer)"));
        return lines;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
