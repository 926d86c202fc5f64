using System.Text.Json;

namespace Connectors.Plugins.Trustpilot.Client;

/// <summary>
/// What an error body says, whichever shape it has: the gateway's <c>{"fault":{"faultstring"}}</c>, OAuth's
/// <c>{"error","error_description"}</c> or the API's <c>{"message","details"}</c> (none is documented: sources.md).
/// </summary>
internal static class ErrorText
{
    public static string Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Short(body);
            }

            if (root.TryGetProperty("fault", out var fault) && fault.ValueKind == JsonValueKind.Object && fault.TryGetProperty("faultstring", out var faultString))
            {
                return faultString.ToString();
            }

            if (root.TryGetProperty("error_description", out var description))
            {
                return description.ToString();
            }

            var message = root.TryGetProperty("message", out var m) ? m.ToString() : null;
            var details = root.TryGetProperty("details", out var d) && d.ValueKind == JsonValueKind.Array
                ? string.Join("; ", d.EnumerateArray().Select(x => x.ToString()))
                : null;
            return string.Join(": ", new[] { message, details }.Where(s => !string.IsNullOrEmpty(s))) is { Length: > 0 } text ? text : Short(body);
        }
        catch (JsonException)
        {
            return Short(body);
        }
    }

    private static string Short(string body) => body.Length > 200 ? body[..200] + "…" : body;
}
