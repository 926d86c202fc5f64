using System.Text.Json;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>Writes <c>{"query": ..., "variables": {...}}</c> once per logical request, reused by every retry.</summary>
internal static class RequestBody
{
    public static byte[] Write(string query, Action<Utf8JsonWriter>? writeVariables)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            writer.WriteStartObject("variables");
            writeVariables?.Invoke(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
