using System.Text.Json.Serialization;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>The JSON shape of <see cref="SurveyCheckpoint"/>.</summary>
internal sealed record CheckpointDocument(
    [property: JsonPropertyName("files")] IReadOnlyDictionary<string, long>? Files);
