namespace Connectors.Abstractions;

/// <summary>Optional abilities a plugin declares in its manifest.</summary>
[Flags]
public enum PluginCapabilities
{
    /// <summary>No optional ability.</summary>
    None = 0,

    /// <summary>The source resumes from a checkpoint instead of re-reading everything.</summary>
    Incremental = 1,

    /// <summary>The source accepts pushed deliveries (<see cref="IWebhookSource"/>).</summary>
    Webhooks = 2,

    /// <summary>The plugin can answer a review or thread (<see cref="IReplyTarget"/>).</summary>
    Reply = 4,

    /// <summary>The sink can erase a customer on request (GDPR article 17).</summary>
    Delete = 8,

    /// <summary>The sink takes alert items (<see cref="SinkItem.Alert"/>), so alert rules may target it.</summary>
    Alerts = 16,

    /// <summary>The source can ask buyers for reviews of their orders (<see cref="IReviewRequestTarget"/>).</summary>
    ReviewRequests = 32,
}
