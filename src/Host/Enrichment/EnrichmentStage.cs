using Connectors.Abstractions;
using Connectors.Host.Enrichment.BuiltIn;
using Connectors.Host.Routing;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Enrichment;

/// <summary>
/// Runs the enabled enrichers, in order, over a batch's new and changed feedback, then the priority rules, and writes
/// what they found onto the rows (see <see cref="AnnotationColumns"/>). Each annotation is stored with the name and
/// version of the enricher that made it.
/// </summary>
public sealed class EnrichmentStage
{
    private readonly IReadOnlyList<IEnricher> _recordOnly;

    // The record-only enrichers when all are built in (as the host registers them): they then run item by item.
    private readonly IItemEnricher[]? _builtIn;
    private readonly IReadOnlyList<IEnricher> _plugins;
    private readonly PriorityRules? _priority;
    private readonly ILogger _logger;

    /// <param name="recordOnly">
    /// Enrichers that read the record alone (the built-in language, sentiment and topics, in that order): they run
    /// while the batch is prepared, on the reading side, so their work overlaps with the writer's.
    /// </param>
    /// <param name="plugins">Enricher plugins, in order: they run in the writer on new and changed items, with each item's customer.</param>
    /// <param name="priority">The priority rules, when priority enrichment is on; they run last.</param>
    /// <param name="logger">Where a failing enricher is reported.</param>
    public EnrichmentStage(IReadOnlyList<IEnricher> recordOnly, IReadOnlyList<IEnricher> plugins, PriorityRules? priority, ILogger logger)
    {
        _recordOnly = recordOnly;
        _builtIn = recordOnly.All(e => e is IItemEnricher) ? [.. recordOnly.Cast<IItemEnricher>()] : null;
        _plugins = plugins;
        _priority = priority;
        _logger = logger;
    }

    /// <summary>Whether anything is enabled at all.</summary>
    public bool IsEmpty => _recordOnly.Count == 0 && _plugins.Count == 0 && _priority is null;

    /// <summary>The enrichers that run, in order, with their versions (the priority rules last).</summary>
    public IEnumerable<(string Name, string Version)> Enrichers =>
        _recordOnly.Concat(_plugins).Select(e => (e.Name, e.Version)).Concat(_priority is null ? [] : [(PriorityRules.Name, PriorityRules.Version)]);

    /// <summary>
    /// Runs the record-only enrichers over a batch's feedback (any thread): what they found, by the item's key in the
    /// store (<paramref name="connector"/>:source id). Items re-read unchanged are annotated here too and dropped by the
    /// writer; that is cheaper than holding the writer.
    /// </summary>
    internal Dictionary<string, PreparedAnnotations>? Prepare(string connector, IReadOnlyList<FeedbackRecord> feedback)
    {
        if (_recordOnly.Count == 0 || feedback.Count == 0)
        {
            return null;
        }

        // One pair of lists per item, grown as each enricher reports, so a later enricher sees what the earlier ones
        // found without a copy per enricher. The items are keyed as the store keys them, so the annotations made here
        // are the ones the priority rules and routes read later (no second copy re-keyed per annotation). A page that
        // lists an item twice gives both copies the same lists.
        var found = new Dictionary<string, PreparedAnnotations>(feedback.Count, StringComparer.Ordinal);
        var batch = new List<EnrichmentItem>(feedback.Count);
        foreach (var f in feedback)
        {
            var key = RecordKey.For(connector, f.SourceId);
            if (!found.TryGetValue(key, out var lists))
            {
                lists = new PreparedAnnotations();
                found[key] = lists;
            }

            batch.Add(new EnrichmentItem(key, f) { Annotations = lists.Found });
        }

        if (_builtIn is { } builtIn)
        {
            PrepareEachItem(builtIn, batch, found);
            return found;
        }

        foreach (var enricher in _recordOnly)
        {
            var pending = enricher.EnrichAsync(batch, CancellationToken.None);
            // The built-in enrichers finish synchronously; anything else is waited for on this (reading) thread.
            var annotations = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            for (var i = 0; i < annotations.Count; i++)
            {
                var annotation = annotations[i];
                if (found.TryGetValue(annotation.ItemKey, out var lists))
                {
                    lists.Stored.Add(StoredAnnotation.From(annotation, enricher.Name, enricher.Version));
                    lists.Found.Add(annotation);
                }
            }
        }

        return found;
    }

    /// <summary>Every built-in enricher on an item, in order, then the next item: the annotations go straight onto its lists.</summary>
    private static void PrepareEachItem(IItemEnricher[] enrichers, List<EnrichmentItem> batch, Dictionary<string, PreparedAnnotations> found)
    {
        foreach (var item in batch)
        {
            var lists = found[item.Key];
            var reading = new ItemReading(item.Feedback, item.Feedback.Language);
            foreach (var enricher in enrichers)
            {
                var start = lists.Found.Count;
                enricher.Enrich(item, reading, lists.Found);
                for (var i = start; i < lists.Found.Count; i++)
                {
                    lists.Stored.Add(StoredAnnotation.From(lists.Found[i], enricher.Name, enricher.Version));
                }
            }
        }
    }

    /// <summary>
    /// Completes the annotations of a batch's new and changed items (what <see cref="Prepare"/> found, then the enricher
    /// plugins with each item's customer, then the priority rules) and writes them onto their rows.
    /// </summary>
    internal async ValueTask AnnotateAsync(
        IReadOnlyList<FeedbackItem> items, IReadOnlyDictionary<string, PreparedAnnotations>? prepared, Func<long, CustomerProfile?> profiles,
        DateTimeOffset now, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        // Room for the priority's annotation too, so adding it does not grow either list.
        var extra = _priority is null ? 0 : 1;
        foreach (var item in items)
        {
            if (prepared?.GetValueOrDefault(item.Key) is { } found)
            {
                item.Annotations.EnsureCapacity(found.Stored.Count + extra);
                item.Annotations.AddRange(found.Stored);
                item.Found.EnsureCapacity(found.Found.Count + extra);
                item.Found.AddRange(found.Found);
            }
        }

        if (_plugins.Count > 0)
        {
            await RunPluginsAsync(items, profiles, ct);
        }

        foreach (var item in items)
        {
            // One set of facts per item: the priority rules test it, the priority they assign is added to it, and the
            // routes test it (the customer profile it read stays with it and with the batch, CustomerProfiles).
            var facts = new FeedbackFacts(item.Key, item.Record, item.CustomerId, item.Found, profiles);
            if (_priority is not null)
            {
                var (priority, rule) = _priority.Assign(facts);
                var assigned = new StoredAnnotation(AnnotationNames.Priority, Labels.Of(priority), null, rule, PriorityRules.Name, PriorityRules.Version);
                item.Annotations.Add(assigned);
                facts.AddAssignedPriority(assigned.ToAnnotation(item.Key), priority);
            }

            item.Facts = facts;
            item.Topics = AnnotationColumns.Apply(item.Row, item.Annotations, now);
        }
    }

    /// <summary>Runs the enricher plugins, in order, on the items with their customers and what was found so far.</summary>
    private async ValueTask RunPluginsAsync(IReadOnlyList<FeedbackItem> items, Func<long, CustomerProfile?> profiles, CancellationToken ct)
    {
        var byKey = new Dictionary<string, FeedbackItem>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byKey[item.Key] = item;
        }

        foreach (var enricher in _plugins)
        {
            var batch = items.Select(i => new EnrichmentItem(i.Key, i.Record)
            {
                Customer = i.CustomerId is { } id ? profiles(id) : null,
                Annotations = [.. i.Found],
            }).ToList();
            IReadOnlyList<Annotation> found;
            try
            {
                found = await enricher.EnrichAsync(batch, ct);
            }
#pragma warning disable CA1031 // An optional enricher (a hosted model, say) that fails must not stop ingestion; enrich --since re-runs it.
            catch (Exception ex) when (!(ex is OperationCanceledException && ct.IsCancellationRequested))
#pragma warning restore CA1031
            {
                _logger.LogWarning("Enricher {Enricher} {Version} failed on a batch of {Count} items and was skipped for it ({Error}); " +
                    "run `enrich --since <date>` once it works again", enricher.Name, enricher.Version, items.Count, ex.Message);
                continue;
            }

            foreach (var annotation in found)
            {
                if (byKey.TryGetValue(annotation.ItemKey, out var item) && !string.IsNullOrWhiteSpace(annotation.Name))
                {
                    var stored = StoredAnnotation.From(annotation, enricher.Name, enricher.Version);
                    item.Annotations.Add(stored);
                    // The contract's form as the stored one gives it back: the plugin's own object is not kept.
                    item.Found.Add(stored.ToAnnotation(item.Key));
                }
            }
        }
    }
}

/// <summary>What the record-only enrichers found about one item, in the store's form and in the contract's.</summary>
internal sealed class PreparedAnnotations
{
    public List<StoredAnnotation> Stored { get; } = new(4);

    /// <summary>The same annotations as the enrichers made them, keyed by the item's key in the store.</summary>
    public List<Annotation> Found { get; } = new(4);
}
