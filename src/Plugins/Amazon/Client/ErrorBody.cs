using System.Text.Json;

namespace Connectors.Plugins.Amazon.Client;

/// <summary>Reads SP-API's <c>{"errors":[{"code","message","details"}]}</c> and LWA's <c>{"error","error_description"}</c>.</summary>
internal static class ErrorBody
{
    public static (string? Code, string Text) Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = Text(first, "code");
                var parts = errors.EnumerateArray()
                    .Select(e => string.Join(" ", new[] { Text(e, "code"), Text(e, "message"), Text(e, "details") }.Where(s => !string.IsNullOrEmpty(s))));
                return (code, string.Join("; ", parts));
            }

            if (root.ValueKind == JsonValueKind.Object && Text(root, "error") is { } error)
            {
                return (error, $"{error}: {Text(root, "error_description")}");
            }
        }
        catch (JsonException)
        {
            // Not JSON (a gateway's HTML page): shown shortened below.
        }

        return (null, body.Length > 200 ? body[..200] + "…" : body);
    }

    public static string? Details(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
                ? Text(errors[0], "details")
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
