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
    private readonly IReadOnlyList<IEnricher> _enrichers;
    private readonly IReadOnlySet<IEnricher> _needCustomers;
    private readonly PriorityRules? _priority;
    private readonly ILogger _logger;

    /// <param name="enrichers">The enrichers in the order they run.</param>
    /// <param name="needCustomers">Those that get each item's customer profile (plugins do; the built-in text enrichers do not).</param>
    /// <param name="priority">The priority rules, when priority enrichment is on.</param>
    /// <param name="logger">Where a failing enricher is reported.</param>
    public EnrichmentStage(IReadOnlyList<IEnricher> enrichers, IReadOnlySet<IEnricher> needCustomers, PriorityRules? priority, ILogger logger)
    {
        _enrichers = enrichers;
        _needCustomers = needCustomers;
        _priority = priority;
        _logger = logger;
    }

    /// <summary>Whether anything is enabled at all.</summary>
    public bool IsEmpty => _enrichers.Count == 0 && _priority is null;

    /// <summary>The enrichers that run, in order, with their versions (the priority rules last).</summary>
    public IEnumerable<(string Name, string Version)> Enrichers =>
        _enrichers.Select(e => (e.Name, e.Version)).Concat(_priority is null ? [] : [(PriorityRules.Name, PriorityRules.Version)]);

    internal async ValueTask AnnotateAsync(IReadOnlyList<FeedbackItem> items, Func<long, CustomerProfile?> profiles, DateTimeOffset now, CancellationToken ct)
    {
        if (items.Count == 0)
        {
            return;
        }

        var byKey = new Dictionary<string, FeedbackItem>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            byKey[item.Key] = item;
        }

        foreach (var enricher in _enrichers)
        {
            var customers = _needCustomers.Contains(enricher);
            var batch = items.Select(i => new EnrichmentItem(i.Key, i.Record)
            {
                Customer = customers && i.CustomerId is { } id ? profiles(id) : null,
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
            if (_priority is not null)
            {
                var facts = new FeedbackFacts(item.Key, item.Record, item.CustomerId, [.. item.Annotations.Select(a => a.ToAnnotation(item.Key))], profiles);
                var (priority, rule) = _priority.Assign(facts);
                item.Annotations.Add(new StoredAnnotation(AnnotationNames.Priority, priority.ToString().ToLowerInvariant(), null, rule,
                    PriorityRules.Name, PriorityRules.Version));
            }

            AnnotationColumns.Apply(item.Row, item.Annotations, now);
        }
    }
}
