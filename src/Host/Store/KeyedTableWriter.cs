using System.Data.Common;

namespace Connectors.Host.Store;

/// <summary>
/// Upserts rows of a table keyed by one text column with a <c>content_hash</c> column, a batch at a time: one
/// look-up of the existing hash per key, an insert per new key, an update per changed row, nothing for the rest. Rows are
/// written through the connection's open transaction.
/// </summary>
internal sealed class KeyedTableWriter : IDisposable
{
    private readonly RowStatement _findHash;
    private readonly RowStatement _insert;
    private readonly RowStatement _update;

    /// <param name="connection">The store connection.</param>
    /// <param name="table">The table.</param>
    /// <param name="columns">Every column, the key column first and <c>content_hash</c> among them.</param>
    public KeyedTableWriter(DbConnection connection, string table, IReadOnlyList<string> columns)
    {
        var key = columns[0];
        _findHash = new(connection, $"SELECT content_hash FROM {table} WHERE {key} = ?1");
        _insert = new(connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({RowStatement.Placeholders(columns.Count)})");
        _update = new(connection, $"UPDATE {table} SET {string.Join(", ", columns.Skip(1).Select((c, i) => $"{c} = ?{i + 2}"))} WHERE {key} = ?1");
    }

    /// <summary>Writes the rows; returns the counts and the rows that were inserted or changed.</summary>
    public (WriteCounts Counts, List<KeyedRow> Changed) Write(IReadOnlyList<KeyedRow> rows)
    {
        var changed = new List<KeyedRow>();
        if (rows.Count == 0)
        {
            return (default, changed);
        }

        // A page may list the same item twice; the last copy is the one kept.
        var latest = new Dictionary<string, KeyedRow>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            latest[row.Key] = row;
        }

        var inserts = new List<KeyedRow>();
        long updated = 0, unchanged = rows.Count - latest.Count;
        foreach (var row in latest.Values)
        {
            if (_findHash.Int64([row.Key]) is not { } hash)
            {
                inserts.Add(row);
            }
            else if (hash == row.Hash)
            {
                unchanged++;
            }
            else
            {
                _update.Run(row.Values);
                changed.Add(row);
                updated++;
            }
        }

        _insert.RunAll(inserts.Select(row => row.Values));
        changed.AddRange(inserts);
        return (new WriteCounts(inserts.Count, updated, unchanged), changed);
    }

    public void Dispose()
    {
        _findHash.Dispose();
        _insert.Dispose();
        _update.Dispose();
    }
}
