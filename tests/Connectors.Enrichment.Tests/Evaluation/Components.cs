namespace Connectors.Enrichment.Tests.Evaluation;

/// <summary>One set of components for the whole test run: the language model takes a moment to load.</summary>
public static class Components
{
    private static readonly Lazy<LanguageIdentifier> Identifier = new(() => new LanguageIdentifier());
    private static readonly Lazy<SentimentAnalyzer> Analyzer = new(() => new SentimentAnalyzer());
    private static readonly Lazy<TopicClassifier> Classifier = new(() => new TopicClassifier(TopicTaxonomy.Defaults));

    public static LanguageIdentifier LanguageIdentifier => Identifier.Value;

    public static SentimentAnalyzer SentimentAnalyzer => Analyzer.Value;

    public static TopicClassifier TopicClassifier => Classifier.Value;
}
