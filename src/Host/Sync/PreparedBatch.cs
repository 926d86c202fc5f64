using Connectors.Abstractions;
using Connectors.Host.Identity;

namespace Connectors.Host.Sync;

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
    /// <param name="connector">The connector it came from.</param>
    /// <param name="region">Where phone numbers in national form are from when a record names no country.</param>
    /// <param name="now">When a record that does not say when it was seen counts as seen.</param>
    public static PreparedBatch Of(SourceBatch batch, string connector, string? region, DateTimeOffset now) =>
        new(batch, PreparedCustomer.Latest(batch.Customers, connector, region, now));
}
