using System.Globalization;
using System.Text.Json;

namespace Connectors.Plugins.Trustpilot.Client;

/// <summary>Reading Trustpilot's JSON leniently: a missing or null member is null, times with or without a zone are UTC.</summary>
internal static class Json
{
    public static string? Text(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static JsonElement? Object(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary>The elements of an array member; none when it is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    public static int? Int(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : null;

    /// <summary>A time such as <c>2013-09-07T13:37:00</c> (the docs' form, UTC) or <c>2013-09-07T13:37:00Z</c>.</summary>
    public static DateTimeOffset? Time(this JsonElement e, string name) =>
        e.Text(name) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}
