using Connectors.Abstractions;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment;

/// <summary>
/// The lower-case names annotations, columns and outbox rows store for priorities and sentiment labels, as constants:
/// <c>ToString().ToLowerInvariant()</c> made two strings per item on the write path.
/// </summary>
internal static class Labels
{
    public static string Of(Priority priority) => priority switch
    {
        Priority.Low => "low",
        Priority.Normal => "normal",
        Priority.High => "high",
        Priority.Urgent => "urgent",
        _ => priority.ToString().ToLowerInvariant(),
    };

    public static string Of(SentimentLabel label) => label switch
    {
        SentimentLabel.Negative => "negative",
        SentimentLabel.Neutral => "neutral",
        SentimentLabel.Positive => "positive",
        _ => label.ToString().ToLowerInvariant(),
    };
}
