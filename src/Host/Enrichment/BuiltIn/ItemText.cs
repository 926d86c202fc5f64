using Connectors.Abstractions;

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

    /// <summary>The language the <c>language</c> enricher found, else the one the source stated.</summary>
    public static string? Language(EnrichmentItem item) =>
        item.Annotations.LastOrDefault(a => a.Name == AnnotationNames.Language)?.Value ?? item.Feedback.Language;
}
