namespace Connectors.Enrichment.Languages;

/// <summary>The outcome of the common-word check: the leading language, and how a stated language fared.</summary>
internal readonly record struct WordCount(string? Best, int BestHits, int SecondHits, int StatedHits, int BestOtherHits)
{
    /// <summary>A lead this clear (at least two words, three times the runner-up) was right on every tune item.</summary>
    public bool Decisive => Best is not null && BestHits >= 2 && BestHits >= 3 * SecondHits;

    /// <summary>One language has more common words than any other.</summary>
    public bool HasLeader => Best is not null && BestHits > SecondHits;

    /// <summary>The winner's share of the words that counted.</summary>
    public double Confidence => Math.Round(Math.Min(0.99, (double)BestHits / (BestHits + SecondHits)), 3);

    /// <summary>The stated language's share of its own and its strongest rival's words.</summary>
    public double StatedConfidence => Math.Round(Math.Min(0.99, (double)StatedHits / (StatedHits + BestOtherHits)), 3);

    public static WordCount From(ReadOnlySpan<int> hits, IReadOnlyList<string> languages, string? stated)
    {
        int best = -1, bestHits = 0, secondHits = 0, statedHits = 0, bestOtherHits = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i] > bestHits)
            {
                (secondHits, bestHits, best) = (bestHits, hits[i], i);
            }
            else if (hits[i] > secondHits)
            {
                secondHits = hits[i];
            }

            if (languages[i] == stated)
            {
                statedHits = hits[i];
            }
            else
            {
                bestOtherHits = Math.Max(bestOtherHits, hits[i]);
            }
        }

        return new WordCount(best >= 0 ? languages[best] : null, bestHits, secondHits, statedHits, bestOtherHits);
    }
}
