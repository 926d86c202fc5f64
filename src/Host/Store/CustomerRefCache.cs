using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>Resolves a source's customer id to the unified customer id, remembering answers for the life of one writer (one connector).</summary>
internal sealed class CustomerRefCache(DbConnection connection) : IDisposable
{
    private const int MaxEntries = 50_000;
    private readonly PreparedCommand _find = new(connection,
        "SELECT customer_id FROM customer_sources WHERE source_instance = @i AND source_id = @s", "@i", "@s");
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

    public long? Find(string instance, string? customerSourceId, DbTransaction tx)
    {
        if (customerSourceId is null)
        {
            return null;
        }

        if (_known.TryGetValue(customerSourceId, out var cached))
        {
            return cached;
        }

        if (_find.Set("@i", instance).Set("@s", customerSourceId).Scalar(tx) is not long id)
        {
            return null;
        }

        Remember(customerSourceId, id);
        return id;
    }

    public void Dispose() => _find.Dispose();
}
