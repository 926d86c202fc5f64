using Connectors.Abstractions;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>
/// A built-in enricher that can work one item at a time: the stage then runs every built-in enricher on an item before
/// the next, so the item's text is put together once and each annotation goes straight onto the item's list (no list
/// per enricher and batch, no look-up of the item by key per annotation).
/// </summary>
internal interface IItemEnricher : IEnricher
{
    /// <summary>Adds what it finds about <paramref name="reading"/>'s item to <paramref name="found"/>.</summary>
    void Enrich(EnrichmentItem item, ItemReading reading, List<Annotation> found);
}
