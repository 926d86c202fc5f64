using Connectors.Sandbox.Surveys;

namespace Connectors.Sandbox.Tests.Surveys;

/// <summary>One data row of an export as a CSV reader sees it (fields raw, empty as null), with its truth record.</summary>
internal sealed record ExportedRow(
    SurveyConnectorConfig Connector,
    int Row,
    string ResponseId,
    string? Email,
    string? Phone,
    string? Name,
    string? OrderId,
    string? Score,
    string? Comment,
    TruthRecord Truth)
{
    public long Person => Truth.Person;

    public bool Has(string trait) => Truth.Has(trait);
}
