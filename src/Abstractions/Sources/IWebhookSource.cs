namespace Connectors.Abstractions;

/// <summary>A source that also takes pushed deliveries.</summary>
public interface IWebhookSource
{
    /// <summary>Checks the delivery's signature; compare in constant time (<c>CryptographicOperations.FixedTimeEquals</c>).</summary>
    bool Verify(WebhookRequest request);

    /// <summary>Turns a verified delivery into records; <see cref="SourceBatch.Checkpoint"/> is ignored.</summary>
    SourceBatch Parse(WebhookRequest request);
}
