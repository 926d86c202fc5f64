namespace Connectors.Plugins.Webhook.Client;

/// <summary>The headers the sink sets on every delivery; receivers verify and de-duplicate by them.</summary>
public static class DeliveryHeaders
{
    /// <summary><c>sha256=&lt;hex&gt;</c>: HMAC-SHA256 with the secret over <c>{timestamp}.{body}</c>; only sent when a secret is set.</summary>
    public const string Signature = "X-Connectors-Signature";

    /// <summary>Unix seconds when the delivery was signed; a receiver refuses old ones so a captured request cannot be replayed.</summary>
    public const string Timestamp = "X-Connectors-Timestamp";

    /// <summary>The item's idempotency key, the same on every retry: a receiver drops a delivery it has already seen.</summary>
    public const string Delivery = "X-Connectors-Delivery";

    /// <summary>What the item is: <c>alert</c>, <c>feedback</c> or <c>customer</c>.</summary>
    public const string Event = "X-Connectors-Event";

    /// <summary>The prefix of the signature's value, naming its algorithm.</summary>
    public const string SignaturePrefix = "sha256=";
}
