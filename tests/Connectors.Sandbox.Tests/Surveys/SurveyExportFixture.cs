using Connectors.Sandbox.Surveys;
using Sylvan.Data.Csv;

namespace Connectors.Sandbox.Tests.Surveys;

/// <summary>The default sandbox's survey exports, written once for the test class, and their rows read back.</summary>
public sealed class SurveyExportFixture : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("survey-exports-");

    public SurveyExportFixture()
    {
        Result = SurveyExports.Write(_root.FullName, Options);
        Rows = [.. Result.Connectors.SelectMany(c => Read(_root.FullName, c, Result.Truth))];
    }

    /// <summary>The sandbox defaults: seed 42, 1,000 customers, 2 orders each.</summary>
    public static SandboxOptions Options => new();

    public SurveyExportResult Result { get; }

    public SurveyTruth Truth => Result.Truth;

    internal IReadOnlyList<ExportedRow> Rows { get; }

    internal static IEnumerable<ExportedRow> Read(string root, SurveyConnectorConfig connector, SurveyTruth truth)
    {
        var path = Path.Combine(root, connector.Directory, connector.FileName);
        using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { Delimiter = connector.Delimiter[0], Comment = '\0' });
        var row = 0;
        var rows = new List<ExportedRow>();
        while (csv.Read())
        {
            row++;
            string? Field(string option) =>
                connector.Columns.TryGetValue(option, out var header) && csv.GetString(csv.GetOrdinal(header)) is { Length: > 0 } value ? value : null;

            var responseId = Field("responseId") ?? throw new InvalidOperationException($"{path} row {row} has no response id");
            var record = truth.Find(connector.Name, responseId) ?? throw new InvalidOperationException($"{path} row {row} ({responseId}) is not in the truth");
            rows.Add(new ExportedRow(connector, row, responseId, Field("email"), Field("phone"), Field("name"), Field("orderId"),
                Field("score"), Field("comment"), record));
        }

        return rows;
    }

    public void Dispose() => _root.Delete(recursive: true);
}
