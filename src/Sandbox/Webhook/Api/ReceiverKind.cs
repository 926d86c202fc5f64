namespace Connectors.Sandbox.Webhook.Api;

/// <summary>Which receiver a path emulates; each refuses for rate in its own way.</summary>
internal enum ReceiverKind
{
    /// <summary><c>/hooks/{name}</c>: a receiver of signed Connectors deliveries.</summary>
    Hooks,

    /// <summary><c>/services/…</c>: a Slack incoming webhook.</summary>
    Slack,

    /// <summary><c>/webhookb2/…</c>: a Teams (Microsoft 365 connector) incoming webhook.</summary>
    Teams,

    /// <summary><c>/workflows/…</c>: a Teams Workflows webhook trigger.</summary>
    Workflows,
}
