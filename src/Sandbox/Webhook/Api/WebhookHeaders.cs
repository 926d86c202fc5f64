namespace Connectors.Sandbox.Webhook.Api;

/// <summary>The delivery headers a Connectors webhook sink sends (see the plugin's README).</summary>
internal static class WebhookHeaders
{
    public const string Signature = "X-Connectors-Signature";
    public const string Timestamp = "X-Connectors-Timestamp";
    public const string Delivery = "X-Connectors-Delivery";
    public const string SignaturePrefix = "sha256=";
}
