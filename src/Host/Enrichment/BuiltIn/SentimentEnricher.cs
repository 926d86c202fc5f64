using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>
/// The built-in <c>sentiment</c> enricher: a score in -1..1 and a label from the rating, on its own scale, fused with
/// the text (negation, intensifiers, contrast, emoji), in the language the <c>language</c> enricher found.
/// </summary>
internal sealed class SentimentEnricher(SentimentAnalyzer analyzer) : IItemEnricher
{
    public string Name => "sentiment";

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
        var text = reading.Text;
        if (text is null && item.Feedback.Rating is null)
        {
            return;
        }

        var result = analyzer.Analyze(text, reading.Language, item.Feedback.Rating);
        found.Add(new Annotation(item.Key, AnnotationNames.Sentiment, Labels.Of(result.Label))
        {
            Score = Math.Round(result.Score, 4),
            Evidence = result.Evidence,
        });
    }
}
