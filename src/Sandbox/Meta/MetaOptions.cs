namespace Connectors.Sandbox.Meta;

/// <summary>Settings of the Meta emulator fixed at start: credentials and the shape of the seeded conversations.</summary>
public sealed class MetaOptions
{
    /// <summary>Accepted Graph API access tokens (Bearer or <c>access_token</c>); each has its own rate window.</summary>
    public IList<string> AccessTokens { get; } = [MetaDefaults.AccessToken];

    /// <summary>The app secret: signs webhooks and checks <c>appsecret_proof</c>.</summary>
    public string AppSecret { get; set; } = MetaDefaults.AppSecret;

    /// <summary>The token sent as <c>hub.verify_token</c> in the verification handshake.</summary>
    public string VerifyToken { get; set; } = MetaDefaults.VerifyToken;

    /// <summary>Seeded WhatsApp conversations (people with a phone, their phone as <c>wa_id</c>).</summary>
    public int WhatsAppConversations { get; set; } = 24;

    /// <summary>Seeded Messenger conversations.</summary>
    public int MessengerConversations { get; set; } = 16;

    /// <summary>Seeded Instagram conversations (the first has more than 20 messages).</summary>
    public int InstagramConversations { get; set; } = 12;

    /// <summary>Share of WhatsApp users who withhold their phone (a username): only the business-scoped <c>user_id</c>.</summary>
    public double WithheldPhoneShare { get; set; } = 0.25;

    /// <summary>End of the seeded history (null: the sandbox clock at start, so some conversations are inside the 24-hour window).</summary>
    public DateTimeOffset? HistoryEnd { get; set; }

    /// <summary>The run-time knobs at start.</summary>
    public MetaKnobs Knobs { get; set; } = new();

    /// <summary>Every problem with the values, each naming the option; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var (name, value) in new[] { ("whatsAppConversations", WhatsAppConversations), ("messengerConversations", MessengerConversations), ("instagramConversations", InstagramConversations) })
        {
            if (value is < 0 or > 100_000)
            {
                errors.Add($"{name} must be between 0 and 100000, was {value}");
            }
        }

        if (WithheldPhoneShare is < 0 or > 1 || double.IsNaN(WithheldPhoneShare))
        {
            errors.Add($"withheldPhoneShare must be between 0 and 1, was {WithheldPhoneShare}");
        }

        if (AccessTokens.Count == 0 || AccessTokens.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("accessTokens must hold at least one token and no empty one");
        }

        if (string.IsNullOrEmpty(AppSecret) || string.IsNullOrEmpty(VerifyToken))
        {
            errors.Add("appSecret and verifyToken must not be empty");
        }

        errors.AddRange(Knobs.Validate().Select(e => "knobs." + e));
        return errors;
    }
}
