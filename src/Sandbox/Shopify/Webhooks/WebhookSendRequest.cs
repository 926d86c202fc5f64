using System.Text.Json;

namespace Connectors.Sandbox.Shopify.Webhooks;

/// <summary>An arbitrary delivery sent through the control API, e.g. a forged one a receiver must refuse.</summary>
public sealed record WebhookSendRequest
{
    /// <summary>The topic header.</summary>
    public string Topic { get; init; } = "customers/update";

    /// <summary>Target; the first subscription's URL when null.</summary>
    public Uri? Url { get; init; }

    /// <summary>The body; a payload for a seeded customer when absent.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>Signs with this secret instead of the subscription's (a wrong secret forges the delivery).</summary>
    public string? Secret { get; init; }

    /// <summary>Sends this exact <c>X-Shopify-Hmac-SHA256</c> value instead of a computed one.</summary>
    public string? Hmac { get; init; }

    /// <summary>Reuses a webhook id (to test dedup); a new one when null.</summary>
    public string? WebhookId { get; init; }

    /// <summary>Shop domain header; the emulated shop's when null.</summary>
    public string? ShopDomain { get; init; }
}
