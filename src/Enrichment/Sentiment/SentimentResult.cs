namespace Connectors.Enrichment;

/// <summary>The sentiment of one feedback item.</summary>
/// <param name="Score">From -1 (very negative) to 1 (very positive); the rating and the text fused.</param>
/// <param name="Label">The score in three classes.</param>
/// <param name="Evidence">
/// The cues behind the score, short enough for a ticket or a CRM note, for example
/// <c>rating 1/5; 'never arrived' (-), 'not good' (negated +)</c>; <c>no cues</c> when there were none.
/// </param>
public readonly record struct SentimentResult(double Score, SentimentLabel Label, string Evidence);
