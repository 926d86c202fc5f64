using System.Globalization;
using System.Text.Json;

namespace Connectors.Plugins.Meta.Client;

/// <summary>Reading Meta's JSON leniently: a missing member, or one of another kind, is null.</summary>
internal static class Json
{
    public static string? Text(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static JsonElement? Object(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary>The elements of an array member; none when it is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static long? Long(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;

    public static bool Flag(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    /// <summary>A Graph time: <c>2026-12-08T04:12:00+0000</c> (an offset without a colon, which .NET reads only with one), or ISO 8601.</summary>
    public static DateTimeOffset? Time(this JsonElement e, string name)
    {
        if (e.Text(name) is not { Length: > 5 } text)
        {
            return null;
        }

        var offset = text[^5..];
        var iso = offset[0] is '+' or '-' && offset[1..].All(char.IsAsciiDigit) ? text[..^2] + ":" + text[^2..] : text;
        return DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
    }
}
