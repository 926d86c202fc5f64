namespace Connectors.Abstractions;

/// <summary>
/// Annotates feedback: its language, sentiment, topics, priority, or anything else worth routing or counting by.
/// The host runs the enabled enrichers in order on every new or changed feedback item after identity resolution and
/// before routing, inside the batch's transaction, and stores each annotation with the enricher's name and version.
/// A plugin adds one by returning a connector that also implements this interface (plugin kind
/// <see cref="PluginKind.Enricher"/>); the configuration's <c>enrichment</c> section switches each on or off.
/// </summary>
public interface IEnricher
{
    /// <summary>Stable name, recorded with every annotation and used in the configuration, for example <c>sentiment</c>.</summary>
    string Name { get; }

    /// <summary>Recorded with every annotation; change it whenever the rules or model change, so re-enriched items can be told apart.</summary>
    string Version { get; }

    /// <summary>
    /// Annotates a batch of items. Each item carries what the enrichers before this one found; return only this
    /// enricher's annotations, each naming its item by <see cref="EnrichmentItem.Key"/>. An item may get none or several.
    /// </summary>
    ValueTask<IReadOnlyList<Annotation>> EnrichAsync(IReadOnlyList<EnrichmentItem> items, CancellationToken cancellationToken);
}
