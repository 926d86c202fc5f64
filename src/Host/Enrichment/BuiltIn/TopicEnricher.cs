using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>The built-in <c>topics</c> enricher: every topic of the taxonomy whose phrases the text holds, with the phrase as evidence.</summary>
internal sealed class TopicEnricher(TopicClassifier classifier) : IItemEnricher
{
    public string Name => "topics";

    public string Version => "1";

    public ValueTask<IReadOnlyList<Annotation>> EnrichAsync(IReadOnlyList<EnrichmentItem> items, CancellationToken cancellationToken)
    {
        var found = new List<Annotation>();
        foreach (var item in items)
        {
            Enrich(item, ItemReading.Of(item), found);
        }

        return ValueTask.FromResult<IReadOnlyList<Annotation>>(found);
    }

    public void Enrich(EnrichmentItem item, ItemReading reading, List<Annotation> found)
    {
        if (reading.Text is not { } text)
        {
            return;
        }

        // By index: foreach over the interface boxed an enumerator an item.
        var matches = classifier.Classify(text, reading.Language);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            found.Add(new Annotation(item.Key, AnnotationNames.Topic, match.Topic) { Score = match.Confidence, Evidence = match.Phrase });
        }
    }
}
