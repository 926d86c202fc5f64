using System.Text.Encodings.Web;
using System.Text.Json;

namespace Connectors.Plugins.Webhook.Formats;

/// <summary>How bodies are written: camelCase, nulls kept (a stable shape), non-ASCII text as UTF-8 rather than escapes.</summary>
internal static class WebhookJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Bodies go over HTTP to machines, never into HTML, so only JSON's own escaping is needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The syntax problem of a text that should be one JSON value, or null when it is one.</summary>
    public static string? Problem(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "the body is empty";
        }

        try
        {
            using var _ = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException ex)
        {
            return $"line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message.Split(" LineNumber:", 2)[0].Trim()}";
        }
    }
}
