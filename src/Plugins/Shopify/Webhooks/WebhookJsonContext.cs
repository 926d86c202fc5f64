using System.Text.Json.Serialization;

namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>Source-generated reading of the snake_case REST payloads webhooks carry.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(WebhookCustomer))]
[JsonSerializable(typeof(WebhookOrder))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
