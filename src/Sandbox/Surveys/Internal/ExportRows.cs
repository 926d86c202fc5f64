namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>The rows of one export in file order (by submission time), with their response ids set.</summary>
internal sealed record ExportRows(MarketProfile Market, ExportLayout Layout, IReadOnlyList<SurveyAnswer> Rows);
