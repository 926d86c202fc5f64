namespace Connectors.Sandbox.Webhook;

/// <summary>The receiver's well-known secret and paths, so demo configs and tests need no setup.</summary>
public static class WebhookDefaults
{
    /// <summary>The HMAC-SHA256 key signed deliveries are checked against.</summary>
    public const string Secret = "whsec_sandbox_000000000000000000000000";

    /// <summary>The generic signed receiver's path; any name after <c>/hooks/</c> works.</summary>
    public const string HookPath = "hooks/connectors";

    /// <summary>A Slack incoming-webhook path, shaped as Slack's (<c>/services/T…/B…/token</c>).</summary>
    public const string SlackPath = "services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";

    /// <summary>A Teams (Microsoft 365 connector) incoming-webhook path, shaped as <c>/webhookb2/…/IncomingWebhook/…/…</c>.</summary>
    public const string TeamsPath = "webhookb2/00000000-0000-0000-0000-000000000000@00000000-0000-0000-0000-000000000000/IncomingWebhook/0000000000000000/00000000-0000-0000-0000-000000000000";

    /// <summary>A Teams Workflows webhook trigger path (a Power Automate flow).</summary>
    public const string WorkflowsPath = "workflows/00000000000000000000000000000000/triggers/manual/paths/invoke";
}
