using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>Source-generated serialisation of checkpoints.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckpointDocument))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
