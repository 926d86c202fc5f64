namespace Connectors.Enrichment.Tests.Evaluation;

/// <summary>Tallies for one language (or all): accuracies and topic true/false positives and false negatives.</summary>
public sealed class Counts
{
    public int Items { get; private set; }

    public int LanguageRight { get; private set; }

    public int StatedKept { get; private set; }

    public int SentimentRight { get; private set; }

    public int TopicTruePositives { get; private set; }

    public int TopicFalsePositives { get; private set; }

    public int TopicFalseNegatives { get; private set; }

    public double LanguageAccuracy => Ratio(LanguageRight, Items);

    public double StatedAccuracy => Ratio(StatedKept, Items);

    public double SentimentAccuracy => Ratio(SentimentRight, Items);

    public double TopicPrecision => Ratio(TopicTruePositives, TopicTruePositives + TopicFalsePositives);

    public double TopicRecall => Ratio(TopicTruePositives, TopicTruePositives + TopicFalseNegatives);

    public double TopicF1 => TopicPrecision + TopicRecall == 0 ? 0 : 2 * TopicPrecision * TopicRecall / (TopicPrecision + TopicRecall);

    public void Add(bool languageRight, bool statedKept, bool sentimentRight, int truePositives, int falsePositives, int falseNegatives)
    {
        Items++;
        LanguageRight += languageRight ? 1 : 0;
        StatedKept += statedKept ? 1 : 0;
        SentimentRight += sentimentRight ? 1 : 0;
        TopicTruePositives += truePositives;
        TopicFalsePositives += falsePositives;
        TopicFalseNegatives += falseNegatives;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
