namespace Connectors.Host.Web;

/// <summary>The <c>web</c> section: where <c>run</c> listens for webhooks and the API.</summary>
public sealed class WebOptions
{
    /// <summary>Semicolon-separated URLs; loopback unless configured.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Required when listening beyond loopback; protects every endpoint but the signed webhooks. May be a secret reference.</summary>
    public string? ApiKey { get; set; }
}
