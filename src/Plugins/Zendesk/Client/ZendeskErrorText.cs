using System.Text;
using System.Text.Json;

namespace Connectors.Plugins.Zendesk.Client;

/// <summary>
/// Turns Zendesk's error bodies into one line for logs and dead letters:
/// <c>{"error":"RecordInvalid","description":"Record validation errors","details":{"email":[{"description":"..."}]}}</c>
/// becomes <c>RecordInvalid: Record validation errors (email: Email: x is not properly formatted)</c>.
/// </summary>
internal static class ZendeskErrorText
{
    private const int MaxLength = 1000;

    public static string From(int status, string body)
    {
        var text = Parse(body) ?? (body.Length == 0 ? "(empty body)" : body.Trim());
        text = $"{status}: {text}";
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    /// <summary>The <c>error</c> code of a JSON error body, or null.</summary>
    public static string? Code(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
                ? e.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var sb = new StringBuilder();
            if (root.TryGetProperty("error", out var error))
            {
                sb.Append(error.ValueKind == JsonValueKind.String ? error.GetString() : error.GetRawText());
            }

            if (root.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String)
            {
                sb.Append(sb.Length > 0 ? ": " : "").Append(description.GetString());
            }

            if (root.TryGetProperty("details", out var details))
            {
                sb.Append(" (").Append(Details(details)).Append(')');
            }

            return sb.Length == 0 ? null : sb.ToString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Details(JsonElement details)
    {
        if (details.ValueKind == JsonValueKind.String)
        {
            return details.GetString() ?? "";
        }

        if (details.ValueKind != JsonValueKind.Object)
        {
            return details.GetRawText();
        }

        var parts = new List<string>();
        foreach (var field in details.EnumerateObject())
        {
            var messages = field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("description", out var d) ? d.ToString() : m.ToString())
                : [field.Value.ToString()];
            parts.Add($"{field.Name}: {string.Join("; ", messages)}");
        }

        return string.Join("; ", parts);
    }
}
