using System.Globalization;
using System.Text;
using System.Text.Json;
using Connectors.Sandbox.Shopify.Data;

namespace Connectors.Sandbox.Shopify.GraphQL.Connections;

/// <summary>
/// Opaque cursors in Shopify's own shape: base64 of <c>{"last_id":…,"last_value":"…"}</c>, where the
/// value is the sort key (the id, or a time as <c>2024-05-01 10:00:00.000000</c>).
/// </summary>
internal static class ShopifyCursor
{
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.ffffff";

    public static string Encode(SortEntry entry, SortField field)
    {
        var value = field == SortField.Id
            ? entry.Key.ToString(CultureInfo.InvariantCulture)
            : DateTimeOffset.FromUnixTimeSeconds(entry.Key).UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
        var json = $"{{\"last_id\":{entry.Id.ToString(CultureInfo.InvariantCulture)},\"last_value\":\"{value}\"}}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    public static SortEntry? Decode(string cursor, SortField field)
    {
        try
        {
            var padded = cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=');
            using var doc = JsonDocument.Parse(Convert.FromBase64String(padded));
            var root = doc.RootElement;
            if (!root.TryGetProperty("last_id", out var idElement) || !root.TryGetProperty("last_value", out var valueElement))
            {
                return null;
            }

            var id = idElement.GetInt64();
            var value = valueElement.ValueKind == JsonValueKind.Number ? valueElement.GetRawText() : valueElement.GetString() ?? string.Empty;
            if (field == SortField.Id)
            {
                return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? new SortEntry(key, id) : null;
            }

            return DateTime.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                ? new SortEntry(new DateTimeOffset(time).ToUnixTimeSeconds(), id)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
