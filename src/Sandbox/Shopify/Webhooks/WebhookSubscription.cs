namespace Connectors.Sandbox.Shopify.Webhooks;

/// <summary>Where the emulated shop sends which webhook topics, and the client secret that signs them.</summary>
public sealed record WebhookSubscription
{
    /// <summary>Endpoint deliveries are POSTed to.</summary>
    public required Uri Url { get; init; }

    /// <summary>The app's client secret (HMAC key); the shop's configured secret when null.</summary>
    public string? Secret { get; init; }

    /// <summary>Topics (<c>customers/create</c>, <c>customers/update</c>, <c>orders/create</c>, <c>orders/updated</c>); all when empty.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>API version of the payloads (sent as <c>X-Shopify-API-Version</c>).</summary>
    public string ApiVersion { get; init; } = ShopifyDefaults.OldestVersion;

    internal bool Wants(string topic) => Topics.Count == 0 || Topics.Contains(topic, StringComparer.Ordinal);
}
