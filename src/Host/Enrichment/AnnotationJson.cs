using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Host.Enrichment;

/// <summary>
/// How annotations are stored as JSON, generated at build time (every new or changed item writes them, so reflection's
/// per-call cost adds up): absent fields are left out and text is kept as written (a column value, never HTML), which
/// makes the JSON about a third shorter than the defaults do.
/// </summary>
[JsonSerializable(typeof(List<StoredAnnotation>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class AnnotationJson : JsonSerializerContext
{
    /// <summary>The context with the store's options.</summary>
    public static AnnotationJson Store { get; } = new(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
