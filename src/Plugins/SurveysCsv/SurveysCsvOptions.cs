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

    /// <summary>The scale of the score column: <c>nps-0-10</c>, <c>csat-1-5</c> or <c>stars-1-5</c>.</summary>
    [Required]
    public string Scale { get; set; } = "";

    /// <summary>Which header holds which field.</summary>
    [Required]
    public SurveyColumnMap Columns { get; set; } = new();

    /// <summary>ISO 3166-1 alpha-2 country of the respondents, used as the hint to read local phone numbers.</summary>
    public string? DefaultCountry { get; set; }

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

        if (DefaultCountry is not null && !IsCountryCode(DefaultCountry))
        {
            yield return new ValidationResult(
                $"must be an ISO 3166-1 alpha-2 code in upper case, such as \"DE\" or \"US\"; was \"{DefaultCountry}\"",
                [nameof(DefaultCountry)]);
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

    private static bool IsCountryCode(string value) =>
        value.Length == 2 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]);
}
