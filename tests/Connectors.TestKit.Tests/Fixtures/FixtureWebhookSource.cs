using Connectors.Abstractions;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The fixture source with its webhooks.</summary>
public sealed class FixtureWebhookSource(IConnectorContext context, SourceFlaws flaws) : FixtureSource(context, flaws), IWebhookSource
{
    public bool Verify(WebhookRequest request) => VerifySignature(request);

    public string? DeliveryId(WebhookRequest request) => null;

    public SourceBatch Parse(WebhookRequest request) => ParseDelivery(request);
}
