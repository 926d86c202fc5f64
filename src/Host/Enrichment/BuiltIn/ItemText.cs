using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>What the built-in enrichers read of an item: its title and text together, in the language found for it.</summary>
internal static class ItemText
{
    public static string? Of(FeedbackRecord feedback) =>
        (string.IsNullOrWhiteSpace(feedback.Title), string.IsNullOrWhiteSpace(feedback.Body)) switch
        {
            (true, true) => null,
            (true, false) => feedback.Body,
            (false, true) => feedback.Title,
            _ => $"{feedback.Title}. {feedback.Body}",
        };

    private static int Letters(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) && ++letters >= LanguageIdentifier.MinimumLettersToOverrule)
            {
                break;
            }
        }

        return letters;
    }

    /// <summary>
    /// What the language is told from: the body alone when it has enough letters to be checked, else title and body.
    /// The body is the customer's own words; a title is a summary in the same language or, on some channels, the
    /// connector's label (an Amazon return's English reason before a comment in the buyer's language), and mixing two
    /// languages sends the text past the quick word check to the model, at a hundred times the cost.
    /// </summary>
    public static string? ForLanguage(FeedbackRecord feedback) =>
        feedback.Body is { } body && Letters(body) >= LanguageIdentifier.MinimumLettersToOverrule ? body : Of(feedback);

    /// <summary>The language the <c>language</c> enricher found, else the one the source stated.</summary>
    public static string? Language(EnrichmentItem item) =>
        item.Annotations.LastOrDefault(a => a.Name == AnnotationNames.Language)?.Value ?? item.Feedback.Language;
}
