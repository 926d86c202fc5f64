using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>Resolves a source's customer id to the unified customer id, remembering answers for the life of one writer.</summary>
internal sealed class CustomerRefCache(DbConnection connection) : IDisposable
{
    private const int MaxEntries = 50_000;
    private readonly PreparedCommand _find = new(connection,
        "SELECT customer_id FROM customer_sources WHERE source_instance = @i AND source_id = @s", "@i", "@s");
    private readonly Dictionary<string, long> _known = new(StringComparer.Ordinal);

    public async Task<long?> FindAsync(string instance, string? customerSourceId, DbTransaction tx, CancellationToken ct)
    {
        if (customerSourceId is null)
        {
            return null;
        }

        if (_known.TryGetValue(customerSourceId, out var cached))
        {
            return cached;
        }

        if (await _find.Set("@i", instance).Set("@s", customerSourceId).ScalarAsync(tx, ct) is not long id)
        {
            return null;
        }

        if (_known.Count >= MaxEntries)
        {
            _known.Clear();
        }

        _known[customerSourceId] = id;
        return id;
    }

    public void Dispose() => _find.Dispose();
}
