using System.ComponentModel.DataAnnotations;
using Connectors.Abstractions;
using Connectors.PluginSdk.Options;

namespace Connectors.Plugins.Meta;

/// <summary>
/// Options of one <c>meta</c> connector instance: one WhatsApp business number, one Facebook Page (Messenger) or one
/// Instagram professional account, bound from its camelCase <c>options</c> JSON.
/// </summary>
public sealed class MetaOptions : IValidatableObject
{
    /// <summary><c>whatsapp</c>, <c>messenger</c> or <c>instagram</c>.</summary>
    [Required(ErrorMessage = "is required: whatsapp, messenger or instagram")]
    [RegularExpression("^(whatsapp|messenger|instagram)$", ErrorMessage = "must be whatsapp, messenger or instagram")]
    public string Channel { get; set; } = "";

    /// <summary>WhatsApp: the business phone number's id (WhatsApp Manager &gt; API Setup), the path of sends.</summary>
    [RegularExpression("^[0-9]{5,20}$", ErrorMessage = "must be the digits of a phone number id, such as \"106540352242922\"")]
    public string? PhoneNumberId { get; set; }

    /// <summary>WhatsApp: the WhatsApp Business Account id (<c>entry.id</c> of its webhooks).</summary>
    [RegularExpression("^[0-9]{5,20}$", ErrorMessage = "must be the digits of a WhatsApp Business Account id, such as \"102290129340398\"")]
    public string? WabaId { get; set; }

    /// <summary>Messenger: the Facebook Page's id.</summary>
    [RegularExpression("^[0-9]{5,20}$", ErrorMessage = "must be the digits of a Page id, such as \"108672349561204\"")]
    public string? PageId { get; set; }

    /// <summary>Instagram: the Instagram professional account's id (<c>entry.id</c> of its webhooks).</summary>
    [RegularExpression("^[0-9]{5,20}$", ErrorMessage = "must be the digits of an Instagram account id, such as \"17841405822304914\"")]
    public string? InstagramAccountId { get; set; }

    /// <summary>A system user's (or the Page's) access token with the channel's messaging permissions; give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: a system user access token with the channel's messaging permissions, given as \"${{env:NAME}}\"")]
    public string AccessToken { get; set; } = "";

    /// <summary>The Meta app's secret: webhook signatures and <c>appsecret_proof</c>; give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: the Meta app's secret (App settings > Basic), given as \"${{env:NAME}}\"")]
    public string AppSecret { get; set; } = "";

    /// <summary>The token Meta sends in <c>hub.verify_token</c> when it checks the callback URL; give it as <c>${env:NAME}</c>.</summary>
    [Required(ErrorMessage = "is required: the verify token you typed in the app's webhook settings, given as \"${{env:NAME}}\"")]
    public string VerifyToken { get; set; } = "";

    /// <summary>The Graph API's base; change it only for the sandbox or a test server.</summary>
    [HttpEndpoint(Example = "https://graph.facebook.com/")]
    public Uri GraphEndpoint { get; set; } = new("https://graph.facebook.com/");

    /// <summary>The Graph API version, such as <c>v25.0</c>.</summary>
    [RegularExpression("^v[0-9]{1,3}\\.[0-9]$", ErrorMessage = "must be a Graph API version such as \"v25.0\"")]
    public string ApiVersion { get; set; } = "v25.0";

    /// <summary>Days of conversations the first history read goes back.</summary>
    [Range(1, 3650, ErrorMessage = "must be between 1 and 3650")]
    public int BackfillDays { get; set; } = 365;

    /// <summary>Conversations per history page (Graph allows 1-100); each page is one batch.</summary>
    [Range(1, 100, ErrorMessage = "must be between 1 and 100 (Graph's limit)")]
    public int PageSize { get; set; } = 25;

    internal MetaChannelKind Kind => Channel switch
    {
        "whatsapp" => MetaChannelKind.WhatsApp,
        "instagram" => MetaChannelKind.Instagram,
        _ => MetaChannelKind.Messenger,
    };

    /// <summary>The common schema's channel name.</summary>
    internal string ChannelName => Kind switch
    {
        MetaChannelKind.WhatsApp => Channels.WhatsApp,
        MetaChannelKind.Instagram => Channels.Instagram,
        _ => Channels.Messenger,
    };

    /// <summary>The id sends and history go to, and webhook entries must carry: the number, the Page or the account.</summary>
    internal string AccountId => Kind switch
    {
        MetaChannelKind.WhatsApp => PhoneNumberId ?? "",
        MetaChannelKind.Instagram => InstagramAccountId ?? "",
        _ => PageId ?? "",
    };

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        (string Member, string What)? missing = Channel switch
        {
            "whatsapp" when string.IsNullOrWhiteSpace(PhoneNumberId) => (nameof(PhoneNumberId), "the business phone number's id (WhatsApp Manager > API Setup)"),
            "whatsapp" when string.IsNullOrWhiteSpace(WabaId) => (nameof(WabaId), "the WhatsApp Business Account id (WhatsApp Manager > API Setup)"),
            "messenger" when string.IsNullOrWhiteSpace(PageId) => (nameof(PageId), "the Facebook Page's id (Page > About > Page transparency)"),
            "instagram" when string.IsNullOrWhiteSpace(InstagramAccountId) => (nameof(InstagramAccountId), "the Instagram professional account's id"),
            _ => null,
        };
        if (missing is var (member, what))
        {
            yield return new ValidationResult($"is required when channel is {Channel}: {what}", [member]);
        }
    }
}
