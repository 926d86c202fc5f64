namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>The suggested surveys-csv connector of each export, derived from its layout so the two cannot drift apart.</summary>
internal static class ConnectorConfigs
{
    public static IReadOnlyList<SurveyConnectorConfig> All { get; } =
        [.. MarketProfiles.All.SelectMany(m => m.Exports.Select(e => For(m, e)))];

    private static SurveyConnectorConfig For(MarketProfile market, ExportLayout layout) => new()
    {
        Name = layout.Connector,
        Market = market.Code,
        Directory = layout.Folder,
        FileName = layout.FileName,
        Delimiter = layout.Delimiter.ToString(),
        Scale = layout.Scale,
        Kind = layout.FeedbackKind,
        DefaultCountry = market.CountryCode,
        Columns = layout.Columns
            .Where(c => Option(c.Field) is not null)
            .ToDictionary(c => Option(c.Field)!, c => c.Header, StringComparer.Ordinal),
    };

    /// <summary>The surveys-csv column option of a field; null for columns the plugin does not read.</summary>
    private static string? Option(ExportField field) => field switch
    {
        ExportField.ResponseId => "responseId",
        ExportField.SubmittedAt => "submittedAt",
        ExportField.Email => "email",
        ExportField.Phone => "phone",
        ExportField.Name => "name",
        ExportField.Score => "score",
        ExportField.Comment => "comment",
        ExportField.OrderId => "orderId",
        _ => null,
    };
}
