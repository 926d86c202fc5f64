using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Connectors.Host.Store;

/// <summary>
/// A statement prepared once on the store's SQLite handle and run once per row, its values bound by position
/// (<c>?1</c> is the row's first value). Microsoft.Data.Sqlite looks every named parameter up again on each
/// execution; binding by position straight through SQLitePCL writes the thousands of rows of a batch about twice
/// as fast (and faster than unpacking one JSON parameter). It runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class RowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int _parameters;

    // Text is encoded into this reused buffer and bound from it: SQLite copies a bound value (SQLITE_TRANSIENT), and
    // binding a string made a new UTF-8 array for every text value of every row.
    private byte[] _utf8 = new byte[256];

    public RowStatement(DbConnection connection, string sql)
    {
        _db = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("the store connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _parameters = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary><c>?1, ?2, …</c>: the placeholders of a row of <paramref name="count"/> values.</summary>
    public static string Placeholders(int count) => string.Join(", ", Enumerable.Range(1, count).Select(i => $"?{i}"));

    /// <summary>Runs the statement for one row; returns the number of rows it changed.</summary>
    public int Run(IReadOnlyList<object?> values)
    {
        Step(values);
        raw.sqlite3_reset(_statement);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>The row id of the row the connection inserted last (this statement's, right after it ran).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_db);

    /// <summary>Runs a query with one row of values; returns the first column of its first row, or <c>null</c> when it finds none.</summary>
    public long? Int64(IReadOnlyList<object?> values)
    {
        Span<long> first = stackalloc long[1];
        return Find(values, first) ? first[0] : null;
    }

    /// <summary>
    /// Runs a query with one row of values and reads the leading columns of its first row as numbers into
    /// <paramref name="columns"/>; returns <c>false</c> when it finds no row.
    /// </summary>
    public bool Find(IReadOnlyList<object?> values, Span<long> columns)
    {
        var found = Step(values) == raw.SQLITE_ROW;
        for (var i = 0; found && i < columns.Length; i++)
        {
            columns[i] = raw.sqlite3_column_int64(_statement, i);
        }

        raw.sqlite3_reset(_statement);
        return found;
    }

    /// <summary>
    /// Runs a query with one row of values and returns every column of its first row as stored (a number, a real, a
    /// text or <c>null</c>), or <c>null</c> when it finds no row.
    /// </summary>
    public object?[]? Row(IReadOnlyList<object?> values)
    {
        if (Step(values) != raw.SQLITE_ROW)
        {
            raw.sqlite3_reset(_statement);
            return null;
        }

        var row = new object?[raw.sqlite3_column_count(_statement)];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = raw.sqlite3_column_type(_statement, i) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, i),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, i),
                raw.SQLITE_NULL => null,
                _ => raw.sqlite3_column_text(_statement, i).utf8_to_string(),
            };
        }

        raw.sqlite3_reset(_statement);
        return row;
    }

    /// <summary>Runs a query with one row of values and adds the first column of every row it finds to <paramref name="into"/>.</summary>
    public void Int64s(IReadOnlyList<object?> values, List<long> into)
    {
        for (var rc = Step(values); rc == raw.SQLITE_ROW; rc = Next())
        {
            into.Add(raw.sqlite3_column_int64(_statement, 0));
        }

        raw.sqlite3_reset(_statement);
    }

    /// <summary>Runs a query with one row of values and adds the first column of every row it finds, as text, to <paramref name="into"/>.</summary>
    public void Texts(IReadOnlyList<object?> values, List<string> into)
    {
        for (var rc = Step(values); rc == raw.SQLITE_ROW; rc = Next())
        {
            into.Add(raw.sqlite3_column_text(_statement, 0).utf8_to_string());
        }

        raw.sqlite3_reset(_statement);
    }

    /// <summary>Runs the statement for every row; returns the number of rows changed.</summary>
    public int RunAll(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var changed = 0;
        foreach (var row in rows)
        {
            changed += Run(row);
        }

        return changed;
    }

    private int Step(IReadOnlyList<object?> values)
    {
        if (values.Count != _parameters)
        {
            throw new ArgumentException($"the statement takes {_parameters} values, not {values.Count}", nameof(values));
        }

        for (var i = 0; i < values.Count; i++)
        {
            Bind(i + 1, values[i]);
        }

        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            var error = Error(rc);
            raw.sqlite3_reset(_statement);
            throw error;
        }

        return rc;
    }

    private int Next()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            var error = Error(rc);
            raw.sqlite3_reset(_statement);
            throw error;
        }

        return rc;
    }

    private void Bind(int index, object? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string s => BindText(index, s),
        long l => raw.sqlite3_bind_int64(_statement, index, l),
        int n => raw.sqlite3_bind_int64(_statement, index, n),
        // Stored as 0/1, as the EF Core SQLite provider does.
        bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(_statement, index, d),
        DateTimeOffset t => raw.sqlite3_bind_int64(_statement, index, t.ToUnixTimeMilliseconds()),
        _ => throw new ArgumentException($"no SQLite binding for {value.GetType().Name}", nameof(value)),
    });

    private int BindText(int index, string text)
    {
        if (text.Length == 0)
        {
            // An empty span has no address, which SQLite would bind as NULL; the string overload binds ''.
            return raw.sqlite3_bind_text(_statement, index, text);
        }

        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(text, _utf8);
        return raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length));
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Error(rc);
        }
    }

    private SqliteException Error(int rc) =>
        new(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));

    public void Dispose() => _statement.Dispose();
}
