using Connectors.Abstractions;
using Connectors.Host.Enrichment;
using Connectors.Host.Routing;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Sync;

/// <summary>A new or changed feedback item on its way through the pipeline: the record, its row, and what the enrichers found.</summary>
internal sealed class FeedbackItem(FeedbackRecord record, FeedbackEntity row)
{
    public FeedbackRecord Record { get; } = record;

    public FeedbackEntity Row { get; } = row;

    public string Key => Row.Key;

    public long? CustomerId => Row.CustomerId;

    public List<StoredAnnotation> Annotations { get; } = [];

    /// <summary>
    /// The same annotations in the contract's form, keyed by <see cref="Key"/> and in step with <see cref="Annotations"/>
    /// (the priority's is added to <see cref="Facts"/>): what enricher plugins, the priority rules and the routes read.
    /// </summary>
    public List<Annotation> Found { get; } = [];

    /// <summary>The item's distinct topics, once enriched.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>What routes test, once enriched (built once for the priority rules and the routes).</summary>
    public FeedbackFacts? Facts { get; set; }
}
