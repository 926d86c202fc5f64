using Connectors.PluginSdk.Sources;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>
/// How many data rows of each file have been consumed, serialised as <c>{"files":{"a.csv":120}}</c>.
/// Counting rows rather than bytes keeps the cursor readable and survives re-encoded or re-saved exports.
/// </summary>
internal sealed class SurveyCheckpoint
{
    private static readonly CheckpointFormat<CheckpointDocument> Format = new(
        CheckpointJsonContext.Default, "surveys-csv", "{\"files\":{\"answers.csv\":120}}", "Reset the connector's checkpoint to read every file again.");

    private readonly SortedDictionary<string, long> _files;

    private SurveyCheckpoint(SortedDictionary<string, long> files) => _files = files;

    public static SurveyCheckpoint Parse(string? json)
    {
        var files = new SortedDictionary<string, long>(StringComparer.Ordinal);
        if (Format.Read(json) is not { } document)
        {
            return new SurveyCheckpoint(files);
        }

        foreach (var (file, rows) in document.Files ?? new Dictionary<string, long>())
        {
            files[file] = rows >= 0 ? rows : throw Format.Invalid(json!, $"file '{file}' has a negative row count", null);
        }

        return new SurveyCheckpoint(files);
    }

    public long RowsRead(string fileName) => _files.GetValueOrDefault(fileName);

    public void SetRowsRead(string fileName, long rows) => _files[fileName] = rows;

    public string Serialize() =>
        Format.Write(new CheckpointDocument(_files));
}
