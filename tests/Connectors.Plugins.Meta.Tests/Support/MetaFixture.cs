using Connectors.Abstractions;
using Connectors.Sandbox;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;
using Connectors.Sandbox.Meta.Webhooks;
using Connectors.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Meta.Tests.Support;

/// <summary>
/// A sandbox with the Meta emulator (no callback: deliveries are composed, signed and read here) and sources of the
/// plugin created as the host creates them, one per channel.
/// </summary>
internal sealed class MetaFixture : IAsyncDisposable
{
    private static readonly HttpClient SharedHttp = new();
    private readonly ServiceProvider _services = PluginServices.For<MetaPlugin>();

    private MetaFixture(SandboxServer sandbox) => Sandbox = sandbox;

    public SandboxServer Sandbox { get; }

    public MetaEmulator Meta => MetaEmulator.Of(Sandbox);

    public RecordingLogger Log { get; } = new();

    public static async Task<MetaFixture> StartAsync(Func<MetaKnobs, MetaKnobs>? knobs = null) =>
        new(await StartSandboxAsync(knobs));

    public static Task<SandboxServer> StartSandboxAsync(Func<MetaKnobs, MetaKnobs>? knobs = null)
    {
        var options = new SandboxOptions { Customers = 120, Seed = 11 };
        options.Meta.Knobs = knobs?.Invoke(options.Meta.Knobs) ?? options.Meta.Knobs;
        return SandboxServer.StartAsync(options);
    }

    public static MetaOptions Options(SandboxServer sandbox, string channel, int pageSize = 5) => new()
    {
        Channel = channel,
        PhoneNumberId = channel == "whatsapp" ? MetaDefaults.PhoneNumberId : null,
        WabaId = channel == "whatsapp" ? MetaDefaults.WhatsAppBusinessAccountId : null,
        PageId = channel == "messenger" ? MetaDefaults.PageId : null,
        InstagramAccountId = channel == "instagram" ? MetaDefaults.InstagramAccountId : null,
        AccessToken = MetaDefaults.AccessToken,
        AppSecret = MetaDefaults.AppSecret,
        VerifyToken = MetaDefaults.VerifyToken,
        GraphEndpoint = MetaEmulator.GraphUrl(sandbox.BaseUrl),
        PageSize = pageSize,
    };

    public MetaSource Source(string channel, int pageSize = 5) => Source(Options(Sandbox, channel, pageSize));

    public MetaSource Source(MetaOptions options, TimeProvider? clock = null) =>
        (MetaSource)new MetaPlugin().CreateConnector(new TestConnectorContext(options, _services)
        {
            Logger = Log, HttpClient = SharedHttp, TimeProvider = clock ?? TimeProvider.System,
        });

    /// <summary>A delivery as the host hands it over: the exact bytes and Meta's signature header.</summary>
    public static WebhookRequest Request(MetaDelivery delivery) =>
        new(new Dictionary<string, string> { ["X-Hub-Signature-256"] = delivery.Signature, ["Content-Type"] = "application/json" }, delivery.Body);

    /// <summary>Every seeded event of the channel, delivered (composed) now, parsed by the channel's source.</summary>
    public List<SourceBatch> ParseBacklog(string channel)
    {
        var source = Source(channel);
        var type = channel switch { "whatsapp" => "whatsapp_business_account", "instagram" => "instagram", _ => "page" };
        return [.. Meta.Webhooks.DeliverBacklog().Where(d => d.WebhookObject == type).Select(d => source.Parse(Request(d)))];
    }

    public static MetaChannel ChannelOf(string channel) => channel switch
    {
        "whatsapp" => MetaChannel.WhatsApp,
        "instagram" => MetaChannel.Instagram,
        _ => MetaChannel.Messenger,
    };

    public static async Task<List<SourceBatch>> ReadAllAsync(ISourceConnector source, string? checkpoint = null)
    {
        var batches = new List<SourceBatch>();
        await foreach (var batch in source.ReadAsync("conversations", checkpoint, CancellationToken.None))
        {
            batches.Add(batch);
        }

        return batches;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
