namespace Connectors.Abstractions;

/// <summary>Well-known kinds of feedback. Names are lower case with underscores.</summary>
public static class FeedbackKinds
{
    /// <summary>A product or store review.</summary>
    public const string Review = "review";

    /// <summary>Marketplace seller feedback.</summary>
    public const string SellerFeedback = "seller_feedback";

    /// <summary>The reason given for a return.</summary>
    public const string ReturnReason = "return_reason";

    /// <summary>A direct message from the customer.</summary>
    public const string Message = "message";

    /// <summary>An answer to a survey (NPS, CSAT).</summary>
    public const string SurveyAnswer = "survey_answer";

    /// <summary>A note the customer left on an order.</summary>
    public const string OrderNote = "order_note";

    /// <summary>
    /// What many reviews of a product say, aggregated by the marketplace (a topic, how often it is mentioned, sample
    /// snippets): no author and no rating of its own, updated as the marketplace recomputes it.
    /// </summary>
    public const string ReviewInsight = "review_insight";
}
