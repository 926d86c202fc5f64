using System.Text.Json.Serialization;

namespace Connectors.Plugins.Amazon.Streams;

/// <summary>
/// Source-generated serialisation of checkpoints. A member this release does not know means a checkpoint of another
/// release or no checkpoint of ours: refused, rather than read as empty and silently backfilled again.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(AmazonCheckpoint))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
