using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Connectors.Host.Store;

/// <summary>
/// Encodes a batch's look-up keys as one JSON array, bound as a single parameter and unpacked in SQL with
/// <c>json_each</c>/<c>jsonb_each</c>, so a batch of thousands of records is looked up by one statement.
/// (Rows are written by <see cref="RowStatement"/>, which binds by position and is faster still for writes.)
/// </summary>
internal static class JsonRows
{
    public static string Encode<T>(IEnumerable<T> rows, Func<T, IReadOnlyList<object?>> values)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in values(row))
                {
                    Write(writer, value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Encodes a flat list, for <c>IN (SELECT value FROM json_each(@list))</c>.</summary>
    public static string EncodeList(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The SQL expression for column <paramref name="index"/> of the current <c>json_each</c> row.</summary>
    public static string Column(int index) => $"j.value ->> {index}";

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                // Stored as 0/1, as the EF Core SQLite provider does.
                writer.WriteNumberValue(b ? 1 : 0);
                break;
            case DateTimeOffset t:
                writer.WriteNumberValue(t.ToUnixTimeMilliseconds());
                break;
            default:
                throw new ArgumentException($"no JSON encoding for {value.GetType().Name}", nameof(value));
        }
    }
}
