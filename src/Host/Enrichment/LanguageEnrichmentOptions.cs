using System.ComponentModel.DataAnnotations;

namespace Connectors.Host.Enrichment;

/// <summary>Language identification: which languages to tell apart (fewer is faster and surer).</summary>
public sealed class LanguageEnrichmentOptions : EnricherSwitch, IValidatableObject
{
    internal static readonly string[] Defaults = ["en", "de", "fr", "es", "it", "pt", "nl", "zh", "ja"];

    /// <summary>ISO 639-1 codes of the languages the feedback is written in.</summary>
    public List<string> Languages { get; set; } = [.. Defaults];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && Languages.Count < 2)
        {
            yield return new ValidationResult("needs at least two languages to tell apart; list the languages your customers write in", [nameof(Languages)]);
        }

        foreach (var code in Languages.Where(c => c.Length != 2 || !c.All(char.IsAsciiLetterLower)))
        {
            yield return new ValidationResult($"'{code}' is not an ISO 639-1 code such as \"de\"", [nameof(Languages)]);
        }
    }
}
