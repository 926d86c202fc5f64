using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>Resolves a source's customer id to the unified customer id, remembering answers for the life of one writer (one connector).</summary>
internal sealed class CustomerRefCache(DbConnection connection) : IDisposable
{
    private const int MaxEntries = 50_000;
    private readonly RowStatement _find = new(connection, "SELECT customer_id FROM customer_sources WHERE source_instance = ?1 AND source_id = ?2");
    private readonly Dictionary<string, long> _known = new(StringComparer.Ordinal);

    /// <summary>Remembers a resolution the writer just made, so the feedback of the same batch needs no look-up.</summary>
    public void Remember(string customerSourceId, long customerId)
    {
        if (_known.Count >= MaxEntries)
        {
            _known.Clear();
        }

        _known[customerSourceId] = customerId;
    }

    public long? Find(string instance, string? customerSourceId)
    {
        if (customerSourceId is null)
        {
            return null;
        }

        if (_known.TryGetValue(customerSourceId, out var cached))
        {
            return cached;
        }

        if (_find.Int64([instance, customerSourceId]) is not { } id)
        {
            return null;
        }

        Remember(customerSourceId, id);
        return id;
    }

    public void Dispose() => _find.Dispose();
}
