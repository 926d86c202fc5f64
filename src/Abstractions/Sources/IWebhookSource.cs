namespace Connectors.Abstractions;

/// <summary>A source that also takes pushed deliveries, received by the host at <c>POST /webhooks/{connector}</c>.</summary>
public interface IWebhookSource
{
    /// <summary>Checks the delivery's signature; compare in constant time (<c>CryptographicOperations.FixedTimeEquals</c>).</summary>
    bool Verify(WebhookRequest request);

    /// <summary>
    /// The vendor's id of this delivery (for example <c>X-Shopify-Webhook-Id</c>), so the host drops a redelivery;
    /// <c>null</c> when the vendor gives none (records are upserted by key either way).
    /// </summary>
    string? DeliveryId(WebhookRequest request);

    /// <summary>Turns a verified delivery into records; <see cref="SourceBatch.Checkpoint"/> is ignored.</summary>
    SourceBatch Parse(WebhookRequest request);
}
