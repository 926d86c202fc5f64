using Connectors.Abstractions;
using Connectors.Host.Enrichment;
using Connectors.Host.Identity;

namespace Connectors.Host.Sync;

/// <summary>
/// A source batch with the record-only work done (customers normalised and hashed), so it can be prepared on the
/// reading side while the writer commits the batch before it.
/// </summary>
public sealed class PreparedBatch
{
    private PreparedBatch(SourceBatch batch, IReadOnlyDictionary<string, PreparedCustomer> customers, Dictionary<string, PreparedAnnotations>? annotations)
    {
        Batch = batch;
        Customers = customers;
        Annotations = annotations;
    }

    public SourceBatch Batch { get; }

    internal IReadOnlyDictionary<string, PreparedCustomer> Customers { get; }

    /// <summary>What the record-only enrichers found about the batch's feedback, by the item's key; <c>null</c> when none ran.</summary>
    internal IReadOnlyDictionary<string, PreparedAnnotations>? Annotations { get; }

    /// <summary>Prepares <paramref name="batch"/>; safe to call on any thread.</summary>
    /// <param name="batch">The batch as the source read it.</param>
    /// <param name="connector">The connector it came from.</param>
    /// <param name="region">Where phone numbers in national form are from when a record names no country.</param>
    /// <param name="now">When a record that does not say when it was seen counts as seen.</param>
    /// <param name="enrichment">The enrichment stage, whose record-only enrichers run here.</param>
    internal static PreparedBatch Of(SourceBatch batch, string connector, string? region, DateTimeOffset now, EnrichmentStage enrichment) =>
        new(batch, PreparedCustomer.Latest(batch.Customers, connector, region, now), enrichment.Prepare(connector, batch.Feedback));
}
