using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>The built-in <c>topics</c> enricher: every topic of the taxonomy whose phrases the text holds, with the phrase as evidence.</summary>
internal sealed class TopicEnricher(TopicClassifier classifier) : IEnricher
{
    public string Name => "topics";

    public string Version => "1";

    public ValueTask<IReadOnlyList<Annotation>> EnrichAsync(IReadOnlyList<EnrichmentItem> items, CancellationToken cancellationToken)
    {
        var found = new List<Annotation>();
        foreach (var item in items)
        {
            if (ItemText.Of(item.Feedback) is not { } text)
            {
                continue;
            }

            // By index: foreach over the interface boxed an enumerator an item.
            var matches = classifier.Classify(text, ItemText.Language(item));
            for (var i = 0; i < matches.Count; i++)
            {
                var match = matches[i];
                found.Add(new Annotation(item.Key, AnnotationNames.Topic, match.Topic) { Score = match.Confidence, Evidence = match.Phrase });
            }
        }

        return ValueTask.FromResult<IReadOnlyList<Annotation>>(found);
    }
}
