using System.Text.Json.Serialization;

namespace ContosoConnector.Client;

/// <summary>The checkpoint: the API's cursor after the last stored page.</summary>
internal sealed record Checkpoint([property: JsonPropertyName("after")] string After);

/// <summary>Source-generated JSON metadata of the checkpoint (the SDK's CheckpointFormat reads it strictly).</summary>
[JsonSerializable(typeof(Checkpoint))]
internal sealed partial class ContosoConnectorJson : JsonSerializerContext;
