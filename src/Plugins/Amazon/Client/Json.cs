using System.Globalization;
using System.Text.Json;

namespace Connectors.Plugins.Amazon.Client;

/// <summary>Small readers over SP-API JSON that tolerate missing members (Amazon leaves out what it does not know).</summary>
internal static class Json
{
    public static string? Text(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static JsonElement Member(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) =>
        e.Member(name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    public static double? Number(this JsonElement e, string name) =>
        e.Member(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    public static DateTimeOffset? Time(this JsonElement e, string name) =>
        e.Text(name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    public static string Required(this JsonElement e, string name, string what) =>
        e.Text(name) ?? throw new AmazonApiException($"{what} answered without {name}");
}
