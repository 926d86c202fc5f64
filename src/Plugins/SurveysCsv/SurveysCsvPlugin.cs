using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.SurveysCsv;

/// <summary>
/// The <c>surveys-csv</c> source: reads NPS, CSAT and star-rating survey answers, and free-text answers without a score
/// (open-text questions, contact forms), from a folder of CSV exports (Typeform, Google Forms, Delighted and the like).
/// </summary>
public sealed class SurveysCsvPlugin : IConnectorPlugin
{
    /// <summary>The plugin id used in the configuration's <c>plugin</c> field.</summary>
    public const string PluginId = "surveys-csv";

    /// <inheritdoc />
    public PluginManifest Manifest { get; } = new(
        PluginId,
        "Survey exports (CSV)",
        typeof(SurveysCsvPlugin).Assembly.GetName().Version ?? new Version(1, 0, 0),
        PluginKind.Source,
        PluginCapabilities.Incremental,
        typeof(SurveysCsvOptions))
    {
        Description = "Reads NPS/CSAT survey answers and free-text answers (open-text questions, contact forms) from a folder of CSV exports, resuming where the last run stopped.",
        Streams = [SurveysCsvSource.AnswersStream],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services)
    {
        // Nothing shared between instances: each connector only needs its own options and the file system.
    }

    /// <inheritdoc />
    public IConnector CreateConnector(IConnectorContext context) => new SurveysCsvSource(context);
}
