using Connectors.Abstractions;
using Connectors.Host.Routing;
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
    /// Runs the record-only enrichers over a batch's feedback (any thread): what they found, by the item's source id.
    /// Items re-read unchanged are annotated here too and dropped by the writer; that is cheaper than holding the writer.
    /// </summary>
    internal Dictionary<string, List<StoredAnnotation>>? Prepare(IReadOnlyList<FeedbackRecord> feedback)
    {
        if (_recordOnly.Count == 0 || feedback.Count == 0)
        {
            return null;
        }

        // One list of each form per source id, grown as each enricher reports, so a later enricher sees what the
        // earlier ones found without a copy per enricher. A page that lists an item twice gives both copies the same lists.
        var found = new Dictionary<string, List<StoredAnnotation>>(feedback.Count, StringComparer.Ordinal);
        var soFar = new Dictionary<string, List<Annotation>>(feedback.Count, StringComparer.Ordinal);
        var batch = new List<EnrichmentItem>(feedback.Count);
        foreach (var f in feedback)
        {
            if (!soFar.TryGetValue(f.SourceId, out var earlier))
            {
                earlier = new List<Annotation>(4);
                soFar[f.SourceId] = earlier;
                found[f.SourceId] = new List<StoredAnnotation>(4);
            }

            batch.Add(new EnrichmentItem(f.SourceId, f) { Annotations = earlier });
        }

        foreach (var enricher in _recordOnly)
        {
            var pending = enricher.EnrichAsync(batch, CancellationToken.None);
            // The built-in enrichers finish synchronously; anything else is waited for on this (reading) thread.
            foreach (var annotation in pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult())
            {
                if (found.TryGetValue(annotation.ItemKey, out var stored))
                {
                    stored.Add(StoredAnnotation.From(annotation, enricher.Name, enricher.Version));
                    soFar[annotation.ItemKey].Add(annotation);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Completes the annotations of a batch's new and changed items (what <see cref="Prepare"/> found, then the enricher
    /// plugins with each item's customer, then the priority rules) and writes them onto their rows.
    /// </summary>
    internal async ValueTask AnnotateAsync(
        IReadOnlyList<FeedbackItem> items, IReadOnlyDictionary<string, List<StoredAnnotation>>? prepared, Func<long, CustomerProfile?> profiles,
        DateTimeOffset now, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var byKey = new Dictionary<string, FeedbackItem>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byKey[item.Key] = item;
            if (prepared?.GetValueOrDefault(item.Record.SourceId) is { } found)
            {
                item.Annotations.AddRange(found);
            }
        }

        foreach (var enricher in _plugins)
        {
            var batch = items.Select(i => new EnrichmentItem(i.Key, i.Record)
            {
                Customer = i.CustomerId is { } id ? profiles(id) : null,
                Annotations = [.. i.Annotations.Select(a => a.ToAnnotation(i.Key))],
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
                    item.Annotations.Add(StoredAnnotation.From(annotation, enricher.Name, enricher.Version));
                }
            }
        }

        foreach (var item in items)
        {
            var annotations = item.Annotations.ConvertAll(a => a.ToAnnotation(item.Key));
            if (_priority is not null)
            {
                var (priority, rule) = _priority.Assign(new FeedbackFacts(item.Key, item.Record, item.CustomerId, annotations, profiles));
                var assigned = new StoredAnnotation(AnnotationNames.Priority, priority.ToString().ToLowerInvariant(), null, rule,
                    PriorityRules.Name, PriorityRules.Version);
                item.Annotations.Add(assigned);
                annotations.Add(assigned.ToAnnotation(item.Key));
            }

            // The routes test the same facts; the customer profile each read stays with the batch (CustomerProfiles).
            item.Facts = new FeedbackFacts(item.Key, item.Record, item.CustomerId, annotations, profiles);
            item.Topics = AnnotationColumns.Apply(item.Row, item.Annotations, now);
        }
    }
}
