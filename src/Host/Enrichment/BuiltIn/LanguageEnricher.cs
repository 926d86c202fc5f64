using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>The built-in <c>language</c> enricher: the language the item is written in, as the source stated it unless the text clearly disagrees.</summary>
internal sealed class LanguageEnricher(LanguageIdentifier identifier) : IEnricher
{
    public string Name => "language";

    public string Version => "1";

    public ValueTask<IReadOnlyList<Annotation>> EnrichAsync(IReadOnlyList<EnrichmentItem> items, CancellationToken cancellationToken)
    {
        var found = new List<Annotation>(items.Count);
        foreach (var item in items)
        {
            var guess = identifier.Identify(ItemText.Of(item.Feedback), item.Feedback.Language);
            if (guess.Language is { } language)
            {
                found.Add(new Annotation(item.Key, AnnotationNames.Language, language)
                {
                    Score = Math.Round(guess.Confidence, 3),
                    Evidence = guess.FromSource ? $"stated by the source ({item.Feedback.Language})" : "identified from the text",
                });
            }
        }

        return ValueTask.FromResult<IReadOnlyList<Annotation>>(found);
    }
}
