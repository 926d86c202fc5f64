using System.Text.Json.Serialization;

namespace Connectors.Plugins.SurveysCsv.Internal;

/// <summary>Source-generated serialisation: no reflection in the plugin's load context.</summary>
[JsonSerializable(typeof(CheckpointDocument))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
