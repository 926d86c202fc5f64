using System.Text.Json.Serialization;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>
/// Source-generated serialisation: no reflection in the plugin's load context. A member this release does not know means
/// a checkpoint from another (newer) release or no checkpoint of ours: refused, rather than read as empty and every file re-read.
/// </summary>
[JsonSourceGenerationOptions(UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CheckpointDocument))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
