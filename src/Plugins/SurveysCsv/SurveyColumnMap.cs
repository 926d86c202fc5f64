using System.ComponentModel.DataAnnotations;

namespace Connectors.Plugins.SurveysCsv;

/// <summary>
/// Which CSV header holds which answer field. Header look-ups ignore case and surrounding spaces;
/// leave a field unset when the export has no such column.
/// </summary>
public sealed class SurveyColumnMap
{
    /// <summary>Header of the respondent's email address.</summary>
    public string? Email { get; set; }

    /// <summary>Header of the respondent's phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>Header of the respondent's name.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Header of the score, on the scale set by <see cref="SurveysCsvOptions.Scale"/>. Leave it unset for an export
    /// without scores (an open-text question, a contact form): its answers carry no rating, so the comment must be mapped.
    /// </summary>
    public string? Score { get; set; }

    /// <summary>Header of the free-text comment; required when there is no score column.</summary>
    public string? Comment { get; set; }

    /// <summary>Header of the submission time (ISO 8601, <c>yyyy-MM-dd HH:mm:ss</c> or <c>yyyy-MM-dd</c>; UTC when no offset).</summary>
    [Required]
    public string SubmittedAt { get; set; } = "";

    /// <summary>Header of the order id the answer is about.</summary>
    public string? OrderId { get; set; }

    /// <summary>
    /// Header of the language the respondent answered in (<c>de</c>, <c>pt-BR</c>; Qualtrics' <c>UserLanguage</c>, a
    /// survey tool's <c>locale</c>): stated, so the host's language enricher checks it instead of guessing. A blank cell
    /// falls back to <see cref="SurveysCsvOptions.Language"/>.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>Header of the export's own response id; when absent, answers are keyed by file name and line.</summary>
    public string? ResponseId { get; set; }
}
