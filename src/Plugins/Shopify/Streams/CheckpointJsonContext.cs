using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Streams;

/// <summary>Source-generated metadata of the checkpoint; <see cref="ShopifyCheckpoint"/> reads it strictly through the SDK's CheckpointFormat.</summary>
[JsonSerializable(typeof(CheckpointDocument))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
