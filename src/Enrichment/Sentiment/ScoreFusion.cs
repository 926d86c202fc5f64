namespace Connectors.Enrichment.Sentiment;

/// <summary>
/// Combines what the rating says with what the text says. The rating leads, because it is the customer's own
/// summary; but a clear text that contradicts it wins (five stars on "terrible, broke the first day" is a
/// complaint, most likely a mis-tap), and a clearly happy text lifts a passive NPS 7-8 to positive.
/// </summary>
internal static class ScoreFusion
{
    /// <summary>A score at or beyond this is positive (or negative); inside it, neutral.</summary>
    public const double LabelThreshold = 0.25;

    /// <summary>How strong (0..1) a text must be to overrule a rating of the opposite sign.</summary>
    public const double StrongText = 0.6;

    /// <summary>The text's share when it agrees with the rating or is weak.</summary>
    public const double TextWeight = 0.35;

    /// <summary>The text's share when it overrules the rating.</summary>
    public const double OverrulingTextWeight = 0.75;

    /// <summary>The sum of cue weights becomes a text score in -1..1; one strong cue ("great") is about 0.76.</summary>
    public static double TextScore(double cueSum) => Math.Tanh(cueSum / 2);

    public static double Fuse(double? rating, double text, bool hasCues)
    {
        if (rating is not { } r)
        {
            return text;
        }

        if (!hasCues)
        {
            return r;
        }

        var opposed = Math.Sign(text) != 0 && Math.Sign(text) == -Math.Sign(r);
        return opposed && Math.Abs(text) >= StrongText
            ? (OverrulingTextWeight * text) + ((1 - OverrulingTextWeight) * r)
            : (TextWeight * text) + ((1 - TextWeight) * r);
    }

    public static SentimentLabel Label(double score) =>
        score >= LabelThreshold ? SentimentLabel.Positive : score <= -LabelThreshold ? SentimentLabel.Negative : SentimentLabel.Neutral;
}
