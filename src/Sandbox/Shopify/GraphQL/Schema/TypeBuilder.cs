using System.Globalization;
using System.Text.Json;
using Connectors.Sandbox.Shopify.GraphQL.Execution;

namespace Connectors.Sandbox.Shopify.GraphQL.Schema;

/// <summary>Declares the fields of one object type over a CLR value type <typeparamref name="T"/>.</summary>
internal sealed class TypeBuilder<T>(GqlType type)
    where T : class
{
    public GqlType Type => type;

    public TypeBuilder<T> String(string name, Func<T, string?> get, string sdl = "String") =>
        Leaf(name, sdl, (w, s, _) => WriteString(w, get((T)s)));

    public TypeBuilder<T> Enum(string name, string sdl, Func<T, string?> get) => String(name, get, sdl);

    public TypeBuilder<T> Boolean(string name, Func<T, bool> get, string sdl = "Boolean!") =>
        Leaf(name, sdl, (w, s, _) => w.WriteBooleanValue(get((T)s)));

    public TypeBuilder<T> Time(string name, Func<T, DateTimeOffset?> get, string sdl = "DateTime!") =>
        Leaf(name, sdl, (w, s, _) => WriteTime(w, get((T)s)));

    /// <summary>UnsignedInt64 is serialised as a string, as Shopify does.</summary>
    public TypeBuilder<T> UInt64(string name, Func<T, QueryContext, long?> get, string sdl = "UnsignedInt64!") =>
        Leaf(name, sdl, (w, s, c) =>
        {
            if (get((T)s, c) is { } v)
            {
                Span<char> buffer = stackalloc char[20];
                v.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
                w.WriteStringValue(buffer[..written]);
            }
            else
            {
                w.WriteNullValue();
            }
        });

    public TypeBuilder<T> Decimal(string name, Func<T, decimal> get, string sdl = "Decimal!") =>
        Leaf(name, sdl, (w, s, _) => w.WriteStringValue(get((T)s).ToString("0.0#", CultureInfo.InvariantCulture)));

    public TypeBuilder<T> StringList(string name, Func<T, IReadOnlyList<string>?> get, string sdl = "[String!]!") =>
        Leaf(name, sdl, (w, s, _) =>
        {
            if (get((T)s) is not { } list)
            {
                w.WriteNullValue();
                return;
            }

            w.WriteStartArray();
            foreach (var item in list)
            {
                w.WriteStringValue(item);
            }

            w.WriteEndArray();
        });

    public TypeBuilder<T> Leaf(string name, string sdl, ScalarWriter write)
    {
        type.Add(new GqlField(name, GqlTypeRef.Parse(sdl)) { Write = write });
        return this;
    }

    public TypeBuilder<T> Object(string name, string sdl, Func<T, QueryContext, object?> resolve, IReadOnlyList<GqlArgument>? arguments = null) =>
        Object(name, sdl, (s, _, c) => resolve(s, c), arguments);

    public TypeBuilder<T> Object(string name, string sdl, Func<T, PlannedField, QueryContext, object?> resolve, IReadOnlyList<GqlArgument>? arguments = null, int? fixedCost = null, string? since = null)
    {
        type.Add(new GqlField(name, GqlTypeRef.Parse(sdl), arguments) { Resolve = (s, f, c) => resolve((T)s, f, c), FixedCost = fixedCost, Since = since });
        return this;
    }

    public static void WriteString(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Shopify's DateTime: ISO 8601 in UTC to the second (<c>2024-05-01T10:00:00Z</c>).</summary>
    public static void WriteTime(Utf8JsonWriter writer, DateTimeOffset? value)
    {
        if (value is not { } t)
        {
            writer.WriteNullValue();
            return;
        }

        Span<char> buffer = stackalloc char[24];
        t.UtcDateTime.TryFormat(buffer, out var written, "s", CultureInfo.InvariantCulture);
        buffer[written++] = 'Z';
        writer.WriteStringValue(buffer[..written]);
    }
}
