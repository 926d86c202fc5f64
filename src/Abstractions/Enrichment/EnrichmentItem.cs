namespace Connectors.Abstractions;

/// <summary>One feedback item handed to an <see cref="IEnricher"/>, with its unified customer and the annotations so far.</summary>
/// <param name="Key">The item's key in the store, <c>connector:source id</c>; annotations name their item by it.</param>
/// <param name="Feedback">The item as its source gave it.</param>
public sealed record EnrichmentItem(string Key, FeedbackRecord Feedback)
{
    /// <summary>The customer the item resolved to, when known.</summary>
    public CustomerProfile? Customer { get; init; }

    /// <summary>What the enrichers that ran before this one found about the item.</summary>
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];
}
