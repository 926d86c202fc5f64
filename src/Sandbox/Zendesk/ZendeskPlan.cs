namespace Connectors.Sandbox.Zendesk;

/// <summary>Zendesk Support plans, which size the per-minute API rate limit.</summary>
public enum ZendeskPlan
{
    /// <summary>200 requests per minute.</summary>
    Team,

    /// <summary>400 requests per minute.</summary>
    Growth,

    /// <summary>400 requests per minute.</summary>
    Professional,

    /// <summary>700 requests per minute.</summary>
    Enterprise,

    /// <summary>2,500 requests per minute (also the High Volume API add-on).</summary>
    EnterprisePlus,
}
