namespace Connectors.Abstractions;

/// <summary>One fact an enricher found about one feedback item, for example <c>(sentiment, negative, -0.72)</c>.</summary>
/// <param name="ItemKey">The item's <see cref="EnrichmentItem.Key"/>.</param>
/// <param name="Name">What kind of fact, see <see cref="AnnotationNames"/>; lower case.</param>
/// <param name="Value">The fact, for example a language tag, a sentiment label, a topic or a priority.</param>
public sealed record Annotation(string ItemKey, string Name, string Value)
{
    /// <summary>A number that goes with the value: a confidence in 0..1, or the sentiment score in -1..1.</summary>
    public double? Score { get; init; }

    /// <summary>Why, in a few words an operator can check, for example the phrase that matched a topic.</summary>
    public string? Evidence { get; init; }
}
