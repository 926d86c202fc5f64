namespace Connectors.Enrichment;

/// <summary>The sentiment of a feedback item in three classes, as routes and reports use it.</summary>
public enum SentimentLabel
{
    /// <summary>Unhappy: a complaint, a detractor, a low rating.</summary>
    Negative,

    /// <summary>Neither: a question, an order note, a passive score, a mixed review.</summary>
    Neutral,

    /// <summary>Happy: praise, a promoter, a high rating.</summary>
    Positive,
}
