using System.Collections.Concurrent;
using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>The built-in <c>language</c> enricher: the language the item is written in, as the source stated it unless the text clearly disagrees.</summary>
internal sealed class LanguageEnricher(LanguageIdentifier identifier) : IItemEnricher
{
    // Sources state few distinct languages, so the evidence of a stated one is made once per tag instead of once an
    // item; the bound keeps odd input from growing it without end (past it, each item gets its own string again).
    private const int MaxCachedEvidence = 256;
    private readonly ConcurrentDictionary<string, string> _statedEvidence = new(StringComparer.Ordinal);
    private readonly RepeatedTexts _repeated = new(identifier);

    public string Name => "language";

    public string Version => "1";

    public ValueTask<IReadOnlyList<Annotation>> EnrichAsync(IReadOnlyList<EnrichmentItem> items, CancellationToken cancellationToken)
    {
        var found = new List<Annotation>(items.Count);
        foreach (var item in items)
        {
            Enrich(item, ItemReading.Of(item), found);
        }

        return ValueTask.FromResult<IReadOnlyList<Annotation>>(found);
    }

    public void Enrich(EnrichmentItem item, ItemReading reading, List<Annotation> found)
    {
        var guess = _repeated.Identify(ItemText.ForLanguage(item.Feedback), item.Feedback.Language);
        if (guess.Language is { } language)
        {
            found.Add(new Annotation(item.Key, AnnotationNames.Language, language)
            {
                Score = Math.Round(guess.Confidence, 3),
                Evidence = guess.FromSource ? StatedEvidence(item.Feedback.Language) : "identified from the text",
            });
            reading.Language = language;
        }
    }

    private string StatedEvidence(string? stated)
    {
        if (stated is null)
        {
            return "stated by the source ()";
        }

        if (_statedEvidence.TryGetValue(stated, out var evidence))
        {
            return evidence;
        }

        evidence = $"stated by the source ({stated})";
        if (_statedEvidence.Count < MaxCachedEvidence)
        {
            _statedEvidence.TryAdd(stated, evidence);
        }

        return evidence;
    }
}
