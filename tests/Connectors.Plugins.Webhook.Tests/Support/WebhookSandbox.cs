using System.Text.Json;
using Connectors.Sandbox;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Webhook;
using Connectors.Sandbox.Webhook.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Webhook.Tests.Support;

/// <summary>
/// The sandbox's webhook receiver on loopback and a <c>webhook</c> sink pointed at it, on one fake clock (so the
/// receiver's replay window sees the sink's timestamps as fresh, and waits the sink honours are advanced, never slept).
/// </summary>
internal sealed class WebhookSandbox : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services = PluginServices.For<WebhookPlugin>();
    private readonly List<HttpClient> _clients = [];

    private WebhookSandbox(SandboxServer server, SleepSkippingClock clock)
    {
        Server = server;
        Clock = clock;
    }

    public SandboxServer Server { get; }

    public SleepSkippingClock Clock { get; }

    public WebhookEmulator Receiver => WebhookEmulator.Of(Server);

    public SandboxVendor Vendor => Server.Vendor(WebhookEmulator.VendorName);

    public Uri HookUrl => new(Server.BaseUrl, WebhookDefaults.HookPath);

    public static async Task<WebhookSandbox> StartAsync()
    {
        var clock = new SleepSkippingClock(Start);
        var server = await SandboxServer.StartAsync(new SandboxOptions { Customers = 0, TimeProvider = clock });
        return new WebhookSandbox(server, clock);
    }

    public WebhookOptions Options(Action<WebhookOptions>? configure = null)
    {
        var options = new WebhookOptions { Url = HookUrl, Secret = WebhookDefaults.Secret, RequestsPerMinute = 6000 };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A sink as the host creates it, through the plugin, sharing this sandbox's plugin services.</summary>
    public WebhookSink Sink(Action<WebhookOptions>? configure = null, IServiceProvider? services = null)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        _clients.Add(http);
        var context = new TestConnectorContext(Options(configure), services ?? _services) { ConnectorName = "alerts-hook", HttpClient = http, TimeProvider = Clock };
        return (WebhookSink)new WebhookPlugin().CreateConnector(context);
    }

    /// <summary>The only delivery the receiver accepted, with its body parsed.</summary>
    public (ReceivedDelivery Delivery, JsonElement Body) Single()
    {
        var delivery = Assert.Single(Receiver.Deliveries.All);
        return (delivery, JsonDocument.Parse(delivery.Body).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
