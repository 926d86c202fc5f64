using System.Text.Json.Serialization;
using Connectors.Abstractions;

namespace Connectors.Host.Enrichment;

/// <summary>An annotation as the store keeps it: what was found, and which enricher, at which version, found it.</summary>
public sealed record StoredAnnotation(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("score")] double? Score,
    [property: JsonPropertyName("evidence")] string? Evidence,
    [property: JsonPropertyName("enricher")] string Enricher,
    [property: JsonPropertyName("version")] string Version)
{
    public static StoredAnnotation From(Annotation a, string enricher, string version) =>
        new(a.Name, a.Value, a.Score, a.Evidence, enricher, version);

    /// <summary>The contract's form, for enrichers, routes and sinks.</summary>
    public Annotation ToAnnotation(string itemKey) => new(itemKey, Name, Value) { Score = Score, Evidence = Evidence };
}
