using System.Data.Common;
using Connectors.Host.Store.Tables;

namespace Connectors.Host.Store;

/// <summary>
/// Upserts rows of a table keyed by one text column with a <c>content_hash</c> column, a batch at a time: one
/// look-up of the stored hash per key tells new, changed and unchanged rows apart (<see cref="Classify"/>), so the
/// pipeline can enrich and route just what changed before <see cref="Write"/> stores it. Rows are written through
/// the connection's open transaction.
/// </summary>
/// <typeparam name="TEntity">The table's entity.</typeparam>
internal sealed class KeyedTableWriter<TEntity> : IDisposable
    where TEntity : class
{
    private readonly StoreTable<TEntity> _table;
    private readonly Func<TEntity, string> _key;
    private readonly Func<TEntity, long> _hash;
    private readonly RowStatement _findHash;
    private readonly RowStatement _insert;
    private readonly RowStatement _update;

    public KeyedTableWriter(DbConnection connection, StoreTable<TEntity> table, Func<TEntity, string> key, Func<TEntity, long> hash)
    {
        (_table, _key, _hash) = (table, key, hash);
        _findHash = new(connection, $"SELECT content_hash FROM {table.Name} WHERE {table.KeyColumns[0]} = ?1");
        _insert = new(connection, table.InsertSql());
        _update = new(connection, table.UpdateSql());
    }

    /// <summary>
    /// Sorts a batch's rows into new and changed ones (a page that lists the same item twice keeps the last copy)
    /// and counts the rest as unchanged.
    /// </summary>
    public Classified Classify(IReadOnlyList<TEntity> rows)
    {
        var result = new Classified();
        if (rows.Count == 0)
        {
            return result;
        }

        var latest = new Dictionary<string, TEntity>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            latest[_key(row)] = row;
        }

        result.Unchanged = rows.Count - latest.Count;
        foreach (var row in latest.Values)
        {
            if (_findHash.Int64([_key(row)]) is not { } hash)
            {
                result.New.Add(row);
            }
            else if (hash == _hash(row))
            {
                result.Unchanged++;
            }
            else
            {
                result.Changed.Add(row);
            }
        }

        return result;
    }

    /// <summary>Stores classified rows; returns the counts.</summary>
    public WriteCounts Write(Classified rows)
    {
        foreach (var row in rows.Changed)
        {
            _update.Run(_table.Values(row));
        }

        foreach (var row in rows.New)
        {
            _insert.Run(_table.Values(row));
        }

        return new WriteCounts(rows.New.Count, rows.Changed.Count, rows.Unchanged);
    }

    public void Dispose()
    {
        _findHash.Dispose();
        _insert.Dispose();
        _update.Dispose();
    }

    /// <summary>A batch's rows by what writing them will do.</summary>
    internal sealed class Classified
    {
        public List<TEntity> New { get; } = [];

        public List<TEntity> Changed { get; } = [];

        public long Unchanged { get; set; }

        /// <summary>The new and changed rows: what enrichment and routing look at.</summary>
        public IEnumerable<TEntity> Written => New.Concat(Changed);
    }
}
