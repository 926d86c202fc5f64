using System.Text.Json.Serialization;

namespace Connectors.Plugins.Meta.Streams;

/// <summary>Source-generated metadata of the checkpoint (no reflection in the plugin's load context), read strictly through the SDK's CheckpointFormat.</summary>
[JsonSerializable(typeof(ConversationsCheckpoint))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
