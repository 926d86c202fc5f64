namespace Connectors.Sandbox.Meta;

/// <summary>The sandbox brand's ids and credentials on Meta (what <c>GET /_sandbox</c> prints for <c>meta</c>).</summary>
public static class MetaDefaults
{
    /// <summary>The Facebook Page of the brand (Messenger, and the Page the Instagram account is linked to).</summary>
    public const string PageId = "108672349561204";

    /// <summary>The Page's name, as participants and senders show it.</summary>
    public const string PageName = "Sandbox Brand";

    /// <summary>The Instagram professional account id (<c>entry.id</c> of Instagram webhooks).</summary>
    public const string InstagramAccountId = "17841405822304914";

    /// <summary>The Instagram account's username.</summary>
    public const string InstagramUsername = "sandboxbrand";

    /// <summary>The WhatsApp Business Account id (<c>entry.id</c> of WhatsApp webhooks).</summary>
    public const string WhatsAppBusinessAccountId = "102290129340398";

    /// <summary>The business phone number's id, the path of WhatsApp sends.</summary>
    public const string PhoneNumberId = "106540352242922";

    /// <summary>The business phone number as WhatsApp displays it (digits, no '+').</summary>
    public const string DisplayPhoneNumber = "15550783881";

    /// <summary>The Meta app's id (echoes carry it as <c>app_id</c>).</summary>
    public const string AppId = "1234567890123456";

    /// <summary>The app secret: webhook signatures and <c>appsecret_proof</c> are HMAC-SHA256 with it.</summary>
    public const string AppSecret = "sandbox_meta_app_secret_0000000000";

    /// <summary>The token the callback expects in the <c>hub.verify_token</c> of the verification handshake.</summary>
    public const string VerifyToken = "sandbox_verify_token";

    /// <summary>A system user access token accepted by the Graph API.</summary>
    public const string AccessToken = "EAAGsandbox0000000000000000000000000000000000000000";

    /// <summary>The Graph API version clients are told to use (every <c>vN.0</c> is served).</summary>
    public const string ApiVersion = "v25.0";

    /// <summary>Path prefix of the Graph API in the sandbox (Meta's host is <c>https://graph.facebook.com/</c>).</summary>
    public const string GraphPrefix = "/graph";
}
