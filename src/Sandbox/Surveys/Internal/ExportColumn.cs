namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>One column of an export: the header the tool writes and what it holds.</summary>
internal sealed record ExportColumn(string Header, ExportField Field);
