namespace Connectors.Plugins.Webhook;

/// <summary>The shape of the body posted for each item when no <see cref="WebhookOptions.BodyTemplate"/> is set.</summary>
public enum WebhookFormat
{
    /// <summary>The documented JSON envelope of the item (see the plugin README), signed for any receiver.</summary>
    Json,

    /// <summary>A Slack incoming-webhook message: <c>{"text": ..., "blocks": [...]}</c>.</summary>
    Slack,

    /// <summary>
    /// A Microsoft Teams message with one Adaptive Card, the shape both Teams incoming webhooks and Teams Workflows
    /// ("when a Teams webhook request is received") accept.
    /// </summary>
    Teams,
}
