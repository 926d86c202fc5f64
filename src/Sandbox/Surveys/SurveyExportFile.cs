namespace Connectors.Sandbox.Surveys;

/// <summary>One CSV export written.</summary>
/// <param name="Connector">The suggested connector that reads it (<c>nps-de</c>).</param>
/// <param name="Market">The market: <c>de</c>, <c>us</c> or <c>br</c>.</param>
/// <param name="Path">The full path of the file.</param>
/// <param name="Rows">Data rows (the header not counted).</param>
public sealed record SurveyExportFile(string Connector, string Market, string Path, int Rows);
