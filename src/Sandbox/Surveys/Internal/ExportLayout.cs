namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>
/// One export as its tool writes it: where it goes, its CSV dialect (delimiter, byte order mark, line ends), how it
/// writes times, and its columns in order. The suggested connector configuration is derived from it.
/// </summary>
internal sealed record ExportLayout(
    ExportKind Kind,
    string Connector,
    string Folder,
    string FileName,
    char Delimiter,
    bool ByteOrderMark,
    string NewLine,
    TimeStyle Times,
    IReadOnlyList<ExportColumn> Columns)
{
    /// <summary>The surveys-csv <c>scale</c>; null for the contact form, which has no score.</summary>
    public string? Scale => Kind switch
    {
        ExportKind.Nps => "nps-0-10",
        ExportKind.Csat => "csat-1-5",
        _ => null,
    };

    /// <summary>The surveys-csv <c>kind</c>: a contact form holds messages, the others survey answers.</summary>
    public string FeedbackKind => Kind == ExportKind.Contact ? "message" : "survey_answer";

    public bool Has(ExportField field) => Columns.Any(c => c.Field == field);
}
