using System.Text.Json;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>
/// How many data rows of each file have been consumed, serialised as <c>{"files":{"a.csv":120}}</c>.
/// Counting rows rather than bytes keeps the cursor readable and survives re-encoded or re-saved exports.
/// </summary>
internal sealed class SurveyCheckpoint
{
    private readonly SortedDictionary<string, long> _files;

    private SurveyCheckpoint(SortedDictionary<string, long> files) => _files = files;

    public static SurveyCheckpoint Parse(string? json)
    {
        var files = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return new SurveyCheckpoint(files);
        }

        CheckpointDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, CheckpointJsonContext.Default.CheckpointDocument);
        }
        catch (JsonException ex)
        {
            throw Invalid(json, ex.Message, ex);
        }

        if (document is null)
        {
            throw Invalid(json, "it is null", null);
        }

        foreach (var (file, rows) in document.Files ?? new Dictionary<string, long>())
        {
            files[file] = rows >= 0 ? rows : throw Invalid(json, $"file '{file}' has a negative row count", null);
        }

        return new SurveyCheckpoint(files);
    }

    public long RowsRead(string fileName) => _files.GetValueOrDefault(fileName);

    public void SetRowsRead(string fileName, long rows) => _files[fileName] = rows;

    public string Serialize() =>
        JsonSerializer.Serialize(new CheckpointDocument(_files), CheckpointJsonContext.Default.CheckpointDocument);

    private static InvalidOperationException Invalid(string json, string why, Exception? inner) => new(
        $"The surveys-csv checkpoint '{json}' is not valid ({why}); expected JSON such as {{\"files\":{{\"answers.csv\":120}}}}. " +
        "Reset the connector's checkpoint to read every file again.",
        inner);
}
