using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>
/// The built-in <c>sentiment</c> enricher: a score in -1..1 and a label from the rating, on its own scale, fused with
/// the text (negation, intensifiers, contrast, emoji), in the language the <c>language</c> enricher found.
/// </summary>
internal sealed class SentimentEnricher(SentimentAnalyzer analyzer) : IEnricher
{
    public string Name => "sentiment";

    public string Version => "1";

    public ValueTask<IReadOnlyList<Annotation>> EnrichAsync(IReadOnlyList<EnrichmentItem> items, CancellationToken cancellationToken)
    {
        var found = new List<Annotation>(items.Count);
        foreach (var item in items)
        {
            var text = ItemText.Of(item.Feedback);
            if (text is null && item.Feedback.Rating is null)
            {
                continue;
            }

            var result = analyzer.Analyze(text, ItemText.Language(item), item.Feedback.Rating);
            found.Add(new Annotation(item.Key, AnnotationNames.Sentiment, Labels.Of(result.Label))
            {
                Score = Math.Round(result.Score, 4),
                Evidence = result.Evidence,
            });
        }

        return ValueTask.FromResult<IReadOnlyList<Annotation>>(found);
    }
}
