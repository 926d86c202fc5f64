namespace Connectors.Sandbox.Surveys;

/// <summary>What <see cref="SurveyExports.Write"/> wrote.</summary>
/// <param name="Directory">The export root.</param>
/// <param name="TruthPath">The ground truth, <c>truth.json</c> in the root.</param>
/// <param name="ConfigPath">The suggested configuration, <c>connectors.json</c> in the root (the Shopify shop and every export).</param>
/// <param name="Truth">The ground truth as <see cref="SurveyTruth.Load"/> reads it.</param>
/// <param name="Connectors">The suggested surveys-csv connectors, one per export.</param>
/// <param name="Files">The exports.</param>
/// <param name="Counts">What they hold.</param>
public sealed record SurveyExportResult(
    string Directory,
    string TruthPath,
    string ConfigPath,
    SurveyTruth Truth,
    IReadOnlyList<SurveyConnectorConfig> Connectors,
    IReadOnlyList<SurveyExportFile> Files,
    SurveyExportCounts Counts);
