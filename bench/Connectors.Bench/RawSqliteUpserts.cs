using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Connectors.Bench;

/// <summary>
/// A raw limit of this machine: prepared single-row SQLite upserts of feedback-shaped rows (21 columns), 1,000 per
/// transaction, with no pipeline around them. The pipeline's throughput is reported against it.
/// </summary>
internal static class RawSqliteUpserts
{
    public static double RowsPerSecond(int rows)
    {
        var dir = Directory.CreateTempSubdirectory("connectors-raw-").FullName;
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(dir, "raw.db")}");
            connection.Open();
            Exec(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            var columns = Enumerable.Range(0, 20).Select(i => $"c{i}").ToList();
            Exec(connection, $"CREATE TABLE feedback (key TEXT PRIMARY KEY, {string.Join(", ", columns)})");
            using var upsert = connection.CreateCommand();
            upsert.CommandText = $"INSERT INTO feedback (key, {string.Join(", ", columns)}) VALUES (@key, {string.Join(", ", columns.Select(c => "@" + c))}) " +
                $"ON CONFLICT (key) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = excluded.{c}"))}";
            var key = upsert.Parameters.Add("@key", SqliteType.Text);
            var values = columns.Select(c => upsert.Parameters.Add("@" + c, SqliteType.Text)).ToList();
            var watch = Stopwatch.StartNew();
            for (var start = 0; start < rows; start += 1000)
            {
                using var tx = connection.BeginTransaction();
                upsert.Transaction = tx;
                for (var i = start; i < Math.Min(rows, start + 1000); i++)
                {
                    key.Value = $"raw:{i}";
                    for (var c = 0; c < values.Count; c++)
                    {
                        values[c].Value = c % 3 == 0 ? i : $"value {c} of row {i}";
                    }

                    upsert.ExecuteNonQuery();
                }

                tx.Commit();
            }

            return rows / watch.Elapsed.TotalSeconds;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
