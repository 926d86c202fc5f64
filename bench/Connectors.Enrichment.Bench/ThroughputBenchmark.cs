using System.Globalization;

namespace Connectors.Enrichment.Bench;

/// <summary>
/// Identify + sentiment + topics per item, one thread, over the labelled set repeated: once as items arrive from
/// sources that state their language (a review's language, a shop locale), once with no stated language (DMs).
/// </summary>
internal static class ThroughputBenchmark
{
    public static void Run(BenchItem[] items, TimeSpan duration)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var identifier = new LanguageIdentifier();
        var sentiment = new SentimentAnalyzer();
        var topics = new TopicClassifier(TopicTaxonomy.Defaults);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"identifier + analyzer + classifier built: managed heap +{(GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0:0.0} MB (the model, lexicons and compiled phrases)"));

        Report("identify+sentiment+topics, language stated", ModelBenchmark.Measure(items, i =>
        {
            var language = identifier.Identify(i.Text, i.Language).Language;
            return (sentiment.Analyze(i.Text, language, i.Rating), topics.Classify(i.Text, language));
        }, duration));
        Report("identify+sentiment+topics, nothing stated", ModelBenchmark.Measure(items, i =>
        {
            var language = identifier.Identify(i.Text, null).Language;
            return (sentiment.Analyze(i.Text, language, i.Rating), topics.Classify(i.Text, language));
        }, duration));
        Report("identify only, language stated", ModelBenchmark.Measure(items, i => identifier.Identify(i.Text, i.Language), duration / 2));
        Report("identify only, nothing stated", ModelBenchmark.Measure(items, i => identifier.Identify(i.Text, null), duration / 2));
        Report("sentiment only", ModelBenchmark.Measure(items, i => sentiment.Analyze(i.Text, i.Language, i.Rating), duration / 2));
        Report("topics only", ModelBenchmark.Measure(items, i => topics.Classify(i.Text, i.Language), duration / 2));

        var routes = items.Count(i => identifier.Identify(i.Text, null) is { FromSource: false } g && g.Language is not null);
        Console.WriteLine($"({items.Length} items, {items.Average(i => i.Text.Length):0} characters on average; {routes} identified from text)");
    }

    private static void Report(string what, (double PerSecond, double BytesPerItem) figures) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {figures.PerSecond:0} items/s, {figures.BytesPerItem:0} B allocated/item"));
}
