using Connectors.Sandbox.Surveys.Internal;

namespace Connectors.Sandbox.Surveys;

/// <summary>
/// Survey exports of the sandbox's people for three markets (de, us, br): a Typeform NPS survey, a Delighted CSAT survey
/// and a contact form without a score each, with the ground truth of who every row is. Respondents are mostly the
/// Shopify emulator's customers (answers about orders they really placed there), plus people who appear only in
/// surveys; they type emails in varied case with stray spaces and phones in national or E.164 format, answer with only an
/// order id, share a household phone, or share a name. Same options and plan, same bytes.
/// </summary>
public static class SurveyExports
{
    /// <summary>The ground truth's file name in the export root.</summary>
    public const string TruthFileName = "truth.json";

    /// <summary>The suggested configuration's file name in the export root.</summary>
    public const string ConfigFileName = "connectors.json";

    /// <summary>The suggested surveys-csv connector of every export, in the order the exports are written.</summary>
    public static IReadOnlyList<SurveyConnectorConfig> Connectors => ConnectorConfigs.All;

    /// <summary>
    /// Writes the exports for the sandbox data of <paramref name="options"/> (seed, customers, orders per customer, data
    /// epoch) into <paramref name="directory"/>: one folder per export (<c>de/nps</c>, <c>de/csat</c>, <c>de/contact</c>, …),
    /// <c>truth.json</c> and <c>connectors.json</c>. Existing files of the same names are replaced.
    /// </summary>
    /// <exception cref="ArgumentException">The options or the plan are not valid; the message lists every problem.</exception>
    public static SurveyExportResult Write(string directory, SandboxOptions options, SurveyExportPlan? plan = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        plan ??= new SurveyExportPlan();
        var problems = options.Validate().Concat(plan.Validate()).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Cannot write survey exports: {string.Join("; ", problems)}.");
        }

        var root = Path.GetFullPath(directory);
        Directory.CreateDirectory(root);
        var context = new SurveyContext(options, plan);
        var markets = PopulationBuilder.Build(context);
        var answers = new AnswerPlanner(context).Plan(markets);
        var names = ExportAssembler.ShopifyNames(context);
        var exports = ExportAssembler.Assemble(context, answers, names);
        var files = exports
            .Select(e => new SurveyExportFile(e.Layout.Connector, e.Market.Code, CsvExportWriter.Write(root, e), e.Rows.Count))
            .ToList();
        var truth = TruthBuilder.Build(context, markets, exports, names);
        var truthPath = Path.Combine(root, TruthFileName);
        TruthWriter.Write(truthPath, truth);
        var configPath = Path.Combine(root, ConfigFileName);
        ConfigFileWriter.Write(configPath, options, plan);
        var counts = CountsCalculator.Count(markets, exports, truth, names, options.Customers);
        return new SurveyExportResult(root, truthPath, configPath, truth, Connectors, files, counts);
    }
}
