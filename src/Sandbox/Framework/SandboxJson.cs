using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Connectors.Sandbox.Framework;

/// <summary>JSON conventions of the control endpoints (camelCase, enums as strings) and merge-patching of settings.</summary>
public static class SandboxJson
{
    /// <summary>Writes non-ASCII text as UTF-8 rather than \u escapes, as the vendors do.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writer options of vendor answers.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    /// <summary>The serializer options of every control endpoint.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = Encoder,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// Applies a JSON merge patch (RFC 7386, top level) to a settings record: properties in the patch replace
    /// those of <paramref name="current"/>; unknown properties are reported instead of ignored.
    /// </summary>
    public static T MergePatch<T>(T current, JsonElement patch, out IReadOnlyList<string> unknown)
    {
        var node = JsonSerializer.SerializeToNode(current, Options)!.AsObject();
        var problems = new List<string>();
        if (patch.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the body must be a JSON object");
        }
        else
        {
            foreach (var property in patch.EnumerateObject())
            {
                var name = node.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                if (name is null)
                {
                    problems.Add($"unknown property '{property.Name}'");
                    continue;
                }

                node[name] = JsonNode.Parse(property.Value.GetRawText());
            }
        }

        unknown = problems;
        return node.Deserialize<T>(Options)!;
    }
}
