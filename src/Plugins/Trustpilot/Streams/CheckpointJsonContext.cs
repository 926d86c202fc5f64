using System.Text.Json.Serialization;

namespace Connectors.Plugins.Trustpilot.Streams;

/// <summary>
/// Source-generated metadata of the checkpoint (no reflection in the plugin's load context); <see cref="TrustpilotCheckpoint"/>
/// reads it strictly through the SDK's CheckpointFormat. The members name themselves (<c>[JsonPropertyName]</c>).
/// </summary>
[JsonSerializable(typeof(TrustpilotCheckpoint))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
