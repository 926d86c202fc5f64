using Connectors.Host.Store;
using Microsoft.Data.Sqlite;

namespace Connectors.Host.Tests.Store;

public sealed class RowStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RowStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, r REAL, flag INTEGER, at INTEGER, note TEXT)";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Binds_each_value_by_position_in_the_store_s_encodings()
    {
        using var insert = new RowStatement(_connection, $"INSERT INTO t VALUES ({RowStatement.Placeholders(6)})");
        var at = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(1, insert.Run(["a", 42L, 0.5, true, at, null]));
        Assert.Equal(2, insert.RunAll([["b", 7, 1.0, false, at, "x"], ["c", 8, 2.0, false, at, "y"]]));

        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT n, r, flag, at, note IS NULL FROM t WHERE k = 'a'";
        using var row = read.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal(42L, row.GetInt64(0));
        Assert.Equal(0.5, row.GetDouble(1));
        Assert.Equal(1L, row.GetInt64(2));
        Assert.Equal(at.ToUnixTimeMilliseconds(), row.GetInt64(3));
        Assert.Equal(1L, row.GetInt64(4));
    }

    [Fact]
    public void Texts_of_one_row_are_bound_each_as_written_from_the_reused_buffer()
    {
        // Two texts of a row share the statement's UTF-8 buffer: each must be stored as it was, a long one must grow
        // the buffer, and an empty text stays an empty text (not NULL).
        using var insert = new RowStatement(_connection, "INSERT INTO t (k, note) VALUES (?1, ?2)");
        var longText = string.Concat(Enumerable.Repeat("Lieferung kam beschädigt an 📦 — 很慢. ", 40));
        insert.Run(["first key", "straße ✓"]);
        insert.Run(["second", longText]);
        insert.Run(["empty", ""]);
        insert.Run(["lone surrogate", "a\ud800b"]);

        using var read = new RowStatement(_connection, "SELECT note, note IS NULL FROM t WHERE k = ?1");
        Assert.Equal(new object?[] { "straße ✓", 0L }, read.Row(["first key"]));
        Assert.Equal(new object?[] { longText, 0L }, read.Row(["second"]));
        Assert.Equal(new object?[] { "", 0L }, read.Row(["empty"]));
        Assert.Equal(new object?[] { "a\ufffdb", 0L }, read.Row(["lone surrogate"]));
    }

    [Fact]
    public void A_failing_row_throws_SQLite_s_error_and_the_statement_stays_usable()
    {
        using var insert = new RowStatement(_connection, $"INSERT INTO t (k, n) VALUES (?1, ?2)");
        insert.Run(["a", 1L]);

        var error = Assert.Throws<SqliteException>(() => insert.Run(["a", 2L]));
        Assert.Contains("UNIQUE constraint failed: t.k", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, insert.Run(["b", 2L]));
    }

    [Fact]
    public void A_query_returns_its_first_number_or_null_when_nothing_matches()
    {
        using var insert = new RowStatement(_connection, "INSERT INTO t (k, n) VALUES (?1, ?2)");
        using var find = new RowStatement(_connection, "SELECT n FROM t WHERE k = ?1");
        insert.Run(["a", 41L]);

        Assert.Equal(41L, find.Int64(["a"]));
        Assert.Null(find.Int64(["missing"]));
        Assert.Equal(41L, find.Int64(["a"]));
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_refused_before_anything_is_bound()
    {
        using var insert = new RowStatement(_connection, $"INSERT INTO t (k, n) VALUES (?1, ?2)");

        var error = Assert.Throws<ArgumentException>(() => insert.Run(["a"]));
        Assert.Contains("takes 2 values, not 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_SQL_is_reported_when_the_statement_is_prepared()
    {
        var error = Assert.Throws<SqliteException>(() => new RowStatement(_connection, "INSERT INTO missing VALUES (?1)"));
        Assert.Contains("no such table: missing", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _connection.Dispose();
}
