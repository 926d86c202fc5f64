namespace Connectors.Abstractions;

/// <summary>Well-known channel names. Plugins may use others; names are lower case.</summary>
public static class Channels
{
    /// <summary>A Shopify store.</summary>
    public const string Shopify = "shopify";

    /// <summary>Amazon marketplace.</summary>
    public const string Amazon = "amazon";

    /// <summary>Trustpilot reviews.</summary>
    public const string Trustpilot = "trustpilot";

    /// <summary>WhatsApp Business messages.</summary>
    public const string WhatsApp = "whatsapp";

    /// <summary>Facebook Messenger.</summary>
    public const string Messenger = "messenger";

    /// <summary>Instagram direct messages.</summary>
    public const string Instagram = "instagram";

    /// <summary>Survey answers (NPS, CSAT).</summary>
    public const string Survey = "survey";
}
