using System.Globalization;
using System.Text;

namespace Connectors.Enrichment.Tests.Evaluation;

/// <summary>
/// Runs the three components over a split of the labelled set. Sentiment and topics get the labelled language, so each
/// component is measured on its own; the language identifier gets no stated language (the harder case) and, separately,
/// the true one as the stated language (which it must keep).
/// </summary>
public sealed class Evaluator(LanguageIdentifier identifier, SentimentAnalyzer sentiment, TopicClassifier topics)
{
    public (Dictionary<string, Counts> ByLanguage, Counts Total, List<string> Misses) Run(string split)
    {
        var byLanguage = new Dictionary<string, Counts>(StringComparer.Ordinal);
        var total = new Counts();
        var misses = new List<string>();
        foreach (var item in LabelledItem.All.Where(i => i.Split == split))
        {
            var guess = identifier.Identify(item.Text, null);
            var stated = identifier.Identify(item.Text, item.Language);
            var result = sentiment.Analyze(item.Text, item.Language, item.ToRating());
            var found = topics.Classify(item.Text, item.Language).Select(m => m.Topic).ToHashSet(StringComparer.Ordinal);
            var expected = item.Topics.ToHashSet(StringComparer.Ordinal);
            var label = result.Label.ToString().ToLowerInvariant();

            var languageRight = guess.Language == item.Language;
            var sentimentRight = label == item.Sentiment;
            var tp = found.Count(expected.Contains);
            var fp = found.Count - tp;
            var fn = expected.Count - tp;
            foreach (var counts in new[] { total, byLanguage.TryGetValue(item.Language, out var c) ? c : byLanguage[item.Language] = new Counts() })
            {
                counts.Add(languageRight, stated.Language == item.Language, sentimentRight, tp, fp, fn);
            }

            if (!languageRight)
            {
                misses.Add($"{item.Id} language {guess.Language ?? "null"} ({guess.Confidence:0.00}) want {item.Language}: {item.Text}");
            }

            if (!sentimentRight)
            {
                misses.Add($"{item.Id} sentiment {label} ({result.Score:0.00}) want {item.Sentiment}: [{result.Evidence}] {item.Text}");
            }

            if (fp + fn > 0)
            {
                misses.Add($"{item.Id} topics +[{string.Join(",", found.Except(expected))}] -[{string.Join(",", expected.Except(found))}]: {item.Text}");
            }
        }

        return (byLanguage, total, misses);
    }

    public static string Table(Dictionary<string, Counts> byLanguage, Counts total)
    {
        var text = new StringBuilder();
        text.AppendLine("lang  items  language  stated-kept  sentiment  topic-P  topic-R  topic-F1");
        foreach (var (language, c) in byLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).Append(KeyValuePair.Create("all", total)))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{language,-4}  {c.Items,5}  {c.LanguageAccuracy,8:0.000}  {c.StatedAccuracy,11:0.000}  {c.SentimentAccuracy,9:0.000}  {c.TopicPrecision,7:0.000}  {c.TopicRecall,7:0.000}  {c.TopicF1,8:0.000}");
        }

        return text.ToString();
    }
}
