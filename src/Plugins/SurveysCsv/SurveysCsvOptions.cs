using System.ComponentModel.DataAnnotations;
using Connectors.Abstractions;
using Connectors.Plugins.SurveysCsv.Internal;

namespace Connectors.Plugins.SurveysCsv;

/// <summary>Options of one <c>surveys-csv</c> connector instance.</summary>
public sealed class SurveysCsvOptions : IValidatableObject
{
    /// <summary>Folder of CSV exports; relative paths resolve against the configuration file's folder.</summary>
    [Required]
    public string Directory { get; set; } = "";

    /// <summary>File name pattern of the exports in <see cref="Directory"/> (top level only).</summary>
    [Required]
    public string FilePattern { get; set; } = "*.csv";

    /// <summary>The field delimiter: exactly one character, such as <c>,</c>, <c>;</c> or a tab.</summary>
    public string Delimiter { get; set; } = ",";

    /// <summary>
    /// The scale of the score column: <c>nps-0-10</c>, <c>csat-1-5</c> or <c>stars-1-5</c>. Required when
    /// <see cref="SurveyColumnMap.Score"/> is set, and not allowed without it.
    /// </summary>
    public string? Scale { get; set; }

    /// <summary>Which header holds which field.</summary>
    [Required]
    public SurveyColumnMap Columns { get; set; } = new();

    /// <summary>ISO 3166-1 alpha-2 country of the respondents, used as the hint to read local phone numbers.</summary>
    public string? DefaultCountry { get; set; }

    /// <summary>
    /// The language the answers are written in when the export has no language column (a German-market survey: <c>de</c>);
    /// a BCP 47 tag. Stated, so the host checks it against the text instead of guessing from a few words.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>
    /// The feedback kind of every row: <c>survey_answer</c> (the default), <c>message</c> for a contact form, or another
    /// name in lower_snake_case; see <see cref="FeedbackKinds"/> for the well-known ones.
    /// </summary>
    [Required]
    public string Kind { get; set; } = FeedbackKinds.SurveyAnswer;

    /// <summary>The channel name put on customers and feedback.</summary>
    [Required]
    public string Channel { get; set; } = Channels.Survey;

    /// <summary>Rows per batch; each batch is stored with its checkpoint in one transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delimiter is not { Length: 1 } || Delimiter[0] is '"' or '\r' or '\n')
        {
            yield return new ValidationResult(
                $"must be exactly one character other than a quote or line break, such as \",\", \";\" or \"\\t\"; was \"{Delimiter}\"",
                [nameof(Delimiter)]);
        }

        if (!string.IsNullOrEmpty(Scale) && !SurveyScales.TryParse(Scale, out _))
        {
            yield return new ValidationResult(
                $"must be one of {string.Join(", ", SurveyScales.Names)}; was \"{Scale}\"", [nameof(Scale)]);
        }

        foreach (var result in ValidateScoreAndScale())
        {
            yield return result;
        }

        if (!string.IsNullOrEmpty(Kind) && !FeedbackKindNames.IsValid(Kind))
        {
            yield return new ValidationResult(
                $"must be a feedback kind in lower_snake_case, such as one of the well-known {string.Join(", ", FeedbackKindNames.WellKnown)}; was \"{Kind}\"",
                [nameof(Kind)]);
        }

        if (DefaultCountry is not null && !IsCountryCode(DefaultCountry))
        {
            yield return new ValidationResult(
                $"must be an ISO 3166-1 alpha-2 code in upper case, such as \"DE\" or \"US\"; was \"{DefaultCountry}\"",
                [nameof(DefaultCountry)]);
        }

        if (Language is not null && !IsLanguageTag(Language))
        {
            yield return new ValidationResult(
                $"must be a language tag such as \"de\", \"en-GB\" or \"pt-BR\" (ISO 639-1, optionally with a region); was \"{Language}\"",
                [nameof(Language)]);
        }

        if (FilePattern is not null && FilePattern.IndexOfAny(['/', '\\']) >= 0)
        {
            yield return new ValidationResult(
                $"must be a file name pattern such as \"*.csv\", without folders (put the folder in directory); was \"{FilePattern}\"",
                [nameof(FilePattern)]);
        }

        // Validator does not descend into nested objects: check the column map here so each failure names its member.
        if (Columns is not null)
        {
            var nested = new List<ValidationResult>();
            Validator.TryValidateObject(Columns, new ValidationContext(Columns), nested, validateAllProperties: true);
            foreach (var result in nested)
            {
                yield return new ValidationResult(
                    result.ErrorMessage, result.MemberNames.Select(member => $"{nameof(Columns)}.{member}").ToList());
            }
        }
    }

    /// <summary>A score column needs its scale, a scale needs its column, and an answer needs a score or a comment.</summary>
    private IEnumerable<ValidationResult> ValidateScoreAndScale()
    {
        var hasScore = !string.IsNullOrWhiteSpace(Columns?.Score);
        var hasScale = !string.IsNullOrWhiteSpace(Scale);
        if (hasScore && !hasScale)
        {
            yield return new ValidationResult(
                $"is required when columns.score is set: the score column's scale, one of {string.Join(", ", SurveyScales.Names)}",
                [nameof(Scale)]);
        }
        else if (!hasScore && hasScale && SurveyScales.TryParse(Scale, out _))
        {
            // Only for a known scale: an unknown one is reported above, and a second line about it would be noise.
            yield return new ValidationResult(
                $"is \"{Scale}\" but columns.score is not set; map the score column to its header, or remove scale for an export without scores",
                [nameof(Scale)]);
        }

        if (Columns is not null && !hasScore && string.IsNullOrWhiteSpace(Columns.Comment))
        {
            yield return new ValidationResult(
                "is not set and neither is columns.comment, so rows would hold no answer; map score (with scale) for rated answers, " +
                "comment for free text (open-text questions, contact forms), or both",
                [$"{nameof(Columns)}.{nameof(SurveyColumnMap.Score)}"]);
        }
    }

    private static bool IsCountryCode(string value) =>
        value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]);

    /// <summary>Two or three ASCII letters, optionally a <c>-</c> or <c>_</c> and a region or script of 2 to 4 letters or digits.</summary>
    private static bool IsLanguageTag(string value)
    {
        var parts = value.Split('-', '_');
        return parts.Length <= 2 && parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && (parts.Length == 1 || (parts[1].Length is >= 2 and <= 4 && parts[1].All(char.IsAsciiLetterOrDigit)));
    }
}
