namespace Connectors.Sandbox.Webhook.Api;

/// <summary>Counter names the webhook receiver keeps beside <see cref="Framework.SandboxCounters"/>.</summary>
internal static class WebhookCounters
{
    public const string Accepted = "accepted";
    public const string Duplicates = "duplicates";
    public const string InvalidJson = "invalidJson";
    public const string StaleTimestamps = "staleTimestamps";
    public const string Refused = "refused";
}
