using System.Globalization;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Meta.Api;
using Connectors.Sandbox.Meta.Data;
using Connectors.Sandbox.Meta.Webhooks;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Meta;

/// <summary>
/// The Meta emulator: WhatsApp Cloud API, Messenger and Instagram messaging for one brand. Seeded conversations of the
/// sandbox's people, webhooks signed and delivered to a callback (with redelivery, batching, forged and duplicate
/// deliveries, pauses), the Graph API's conversation history (Messenger and Instagram only) and sends inside the
/// messaging windows, with Graph's errors, a rate window and the fault knobs.
/// </summary>
public sealed class MetaEmulator : ISandboxEmulator
{
    /// <summary>The vendor name in control URLs and fault settings.</summary>
    public const string VendorName = "meta";

    private readonly MetaSeed _seed;
    private MetaKnobs _knobs;
    private long _traces;

    internal MetaEmulator(SandboxEmulatorContext context, MetaOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("invalid meta options: " + string.Join("; ", errors), nameof(options));
        }

        Options = options;
        Vendor = context.Vendor;
        Clock = context.Clock;
        Seed = context.Options.Seed;
        People = context.People;
        _knobs = options.Knobs;
        Ids = new MetaIds(Seed);
        RateWindow = new GraphRateWindow(Clock);
        HistoryEnd = options.HistoryEnd ?? Clock.GetUtcNow();
        _seed = new MetaSeed(Seed, People, Ids, options, context.Options.Customers, HistoryEnd);
        _seed.Fill(Inbox);
        Webhooks = new MetaWebhooks(this);
    }

    /// <summary>Settings fixed at start.</summary>
    public MetaOptions Options { get; }

    /// <summary>Faults, counters and received log of the <c>meta</c> vendor.</summary>
    public SandboxVendor Vendor { get; }

    /// <summary>The run-time knobs; replace the record to change them (<c>Knobs = Knobs with { ... }</c>).</summary>
    public MetaKnobs Knobs
    {
        get => Volatile.Read(ref _knobs);
        set => SandboxKnobs.Publish(ref _knobs, value, value.Validate());
    }

    /// <summary>Every conversation: seeded, opened by new messages, grown by sends.</summary>
    public MetaInbox Inbox { get; } = new();

    /// <summary>Every send the Graph API accepted.</summary>
    public MetaSends Sends { get; } = new();

    /// <summary>Webhook delivery to the callback.</summary>
    public MetaWebhooks Webhooks { get; }

    /// <summary>The sandbox's people (a conversation's <c>Contact.PersonIndex</c>).</summary>
    public SandboxPeople People { get; }

    /// <summary>End of the seeded history (the sandbox clock at start unless <see cref="MetaOptions.HistoryEnd"/>).</summary>
    public DateTimeOffset HistoryEnd { get; }

    internal TimeProvider Clock { get; }

    internal int Seed { get; }

    internal MetaIds Ids { get; }

    internal GraphRateWindow RateWindow { get; }

    /// <summary>The Meta emulator of a running sandbox.</summary>
    /// <exception cref="KeyNotFoundException">The sandbox has no Meta emulator.</exception>
    public static MetaEmulator Of(SandboxServer sandbox) => sandbox.Emulator<MetaEmulator>();

    /// <summary>The Graph API base of a sandbox, in place of <c>https://graph.facebook.com/</c>.</summary>
    public static Uri GraphUrl(Uri baseUrl) => new(baseUrl, MetaDefaults.GraphPrefix.TrimStart('/') + "/");

    /// <summary>A new <c>fbtrace_id</c> (deterministic per seed and order).</summary>
    internal string NextTraceId()
    {
        var h = SandboxHash.Of(Seed, SandboxHash.Stream("meta/trace"), Interlocked.Increment(ref _traces));
        return Convert.ToBase64String(BitConverter.GetBytes(h))[..11];
    }

    internal (MetaConversation Conversation, MetaMessage Message) NewInbound(MetaChannel channel, DateTimeOffset now) =>
        _seed.NewInbound(Inbox, channel, now);

    void ISandboxEmulator.MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        SendEndpoints.Map(endpoints, this);
        HistoryEndpoints.Map(endpoints, this);
        MetaControlEndpoints.Map(endpoints, this);
    }

    IReadOnlyDictionary<string, string> ISandboxEmulator.Describe(Uri baseUrl) => new Dictionary<string, string>
    {
        ["graphUrl"] = GraphUrl(baseUrl) + MetaDefaults.ApiVersion + "/",
        ["accessToken"] = Options.AccessTokens[0],
        ["appSecret"] = Options.AppSecret,
        ["verifyToken"] = Options.VerifyToken,
        ["callbackUrl"] = Knobs.CallbackUrl ?? $"(none: PATCH {baseUrl}_sandbox/meta/settings {{\"callbackUrl\":\"…\"}})",
        ["pageId"] = MetaDefaults.PageId,
        ["instagramAccountId"] = MetaDefaults.InstagramAccountId,
        ["wabaId"] = MetaDefaults.WhatsAppBusinessAccountId,
        ["phoneNumberId"] = MetaDefaults.PhoneNumberId,
        ["conversations"] = string.Create(CultureInfo.InvariantCulture, $"whatsapp {Options.WhatsAppConversations}, messenger {Options.MessengerConversations}, instagram {Options.InstagramConversations}"),
    };

    /// <summary>Stops webhook delivery.</summary>
    public ValueTask DisposeAsync() => Webhooks.DisposeAsync();
}
