namespace Connectors.Sandbox.Shopify.Webhooks;

/// <summary>One attempt to deliver a webhook, as the emulator logs it.</summary>
/// <param name="WebhookId">The <c>X-Shopify-Webhook-Id</c> sent (the same on redeliveries).</param>
/// <param name="Topic">The topic.</param>
/// <param name="Url">Where it went.</param>
/// <param name="Attempt">1 for the first try; retries and redeliveries count up.</param>
/// <param name="StatusCode">The receiver's HTTP status, or null when there was no answer.</param>
/// <param name="Error">Why there was no answer.</param>
/// <param name="Forged">True when sent through the control API with a chosen signature or secret.</param>
/// <param name="At">Sandbox time of the attempt.</param>
public sealed record WebhookDelivery(string WebhookId, string Topic, Uri Url, int Attempt, int? StatusCode, string? Error, bool Forged, DateTimeOffset At)
{
    /// <summary>True when the receiver answered 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
