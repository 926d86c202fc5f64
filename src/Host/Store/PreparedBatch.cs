using Connectors.Abstractions;

namespace Connectors.Host.Store;

/// <summary>
/// A source batch with the record-only work done (customers normalised and hashed), so it can be prepared on the
/// reading side while the writer commits the batch before it.
/// </summary>
public sealed class PreparedBatch
{
    private PreparedBatch(SourceBatch batch, IReadOnlyDictionary<string, PreparedCustomer> customers)
    {
        Batch = batch;
        Customers = customers;
    }

    public SourceBatch Batch { get; }

    internal IReadOnlyDictionary<string, PreparedCustomer> Customers { get; }

    /// <summary>Prepares <paramref name="batch"/>; safe to call on any thread.</summary>
    /// <param name="batch">The batch as the source read it.</param>
    /// <param name="now">When a record that does not say when it was seen counts as seen.</param>
    public static PreparedBatch Of(SourceBatch batch, DateTimeOffset now) => new(batch, PreparedCustomer.Latest(batch.Customers, now));
}
