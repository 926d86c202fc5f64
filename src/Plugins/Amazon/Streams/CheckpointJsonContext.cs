using System.Text.Json.Serialization;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>
/// Source-generated metadata of the checkpoint (no reflection in the plugin's load context); <see cref="AmazonCheckpoint"/>
/// reads it strictly through the SDK's CheckpointFormat, which refuses members this release does not know. The
/// members name themselves (<c>[JsonPropertyName]</c>): the format's options, not this context's, decide the names.
/// </summary>
[JsonSerializable(typeof(AmazonCheckpoint))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
