using System.Text.Json.Nodes;

namespace Connectors.Sandbox.Surveys;

/// <summary>
/// The suggested <c>surveys-csv</c> connector for one export: its name (the truth's connector), folder and CSV dialect,
/// scale, kind, region hint and column map, in the plugin's option names.
/// </summary>
public sealed record SurveyConnectorConfig
{
    /// <summary>The plugin id.</summary>
    public const string Plugin = "surveys-csv";

    /// <summary>The surveys-csv column options in the order they are written: responseId, submittedAt, email, phone, name, score, comment, orderId.</summary>
    public static IReadOnlyList<string> ColumnOptions { get; } = ["responseId", "submittedAt", "email", "phone", "name", "score", "comment", "orderId"];

    /// <summary>Connector name, such as <c>nps-de</c>, <c>csat-us</c> or <c>contact-br</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The market: <c>de</c>, <c>us</c> or <c>br</c>.</summary>
    public required string Market { get; init; }

    /// <summary>The export's folder relative to the export root, with <c>/</c> separators (<c>de/nps</c>).</summary>
    public required string Directory { get; init; }

    /// <summary>The export's file name in <see cref="Directory"/>.</summary>
    public required string FileName { get; init; }

    /// <summary>The field delimiter (<c>,</c>, or <c>;</c> for spreadsheet-saved contact forms).</summary>
    public required string Delimiter { get; init; }

    /// <summary>The score scale (<c>nps-0-10</c>, <c>csat-1-5</c>), or null for an export without a score column.</summary>
    public string? Scale { get; init; }

    /// <summary>The feedback kind: <c>survey_answer</c>, or <c>message</c> for a contact form.</summary>
    public required string Kind { get; init; }

    /// <summary>The market's country, the region hint for phones in national format.</summary>
    public required string DefaultCountry { get; init; }

    /// <summary>surveys-csv column option (see <see cref="ColumnOptions"/>) to the export's header.</summary>
    public required IReadOnlyDictionary<string, string> Columns { get; init; }

    /// <summary>
    /// The connector as an entry of <c>connectors.json</c>'s <c>connectors</c> array. <paramref name="exportRoot"/> is
    /// put before <see cref="Directory"/>: the export root as the configuration file sees it (absolute, or relative to
    /// the configuration file's folder); null keeps the folder relative, for a configuration file in the export root.
    /// </summary>
    public JsonObject ToConnectorJson(string? exportRoot = null)
    {
        var columns = new JsonObject();
        foreach (var option in ColumnOptions.Where(Columns.ContainsKey))
        {
            columns[option] = Columns[option];
        }

        var options = new JsonObject
        {
            ["directory"] = exportRoot is null ? Directory : $"{exportRoot.TrimEnd('/', '\\')}/{Directory}",
            ["filePattern"] = FileName,
        };
        if (Delimiter != ",")
        {
            options["delimiter"] = Delimiter;
        }

        if (Scale is not null)
        {
            options["scale"] = Scale;
        }

        options["kind"] = Kind;
        options["defaultCountry"] = DefaultCountry;
        options["columns"] = columns;
        return new JsonObject { ["name"] = Name, ["plugin"] = Plugin, ["options"] = options };
    }
}
