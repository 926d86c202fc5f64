using Connectors.Abstractions;
using Connectors.Sandbox;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Zendesk;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.Zendesk.Tests.Support;

/// <summary>
/// The sandbox's Zendesk emulator on loopback and a <c>zendesk</c> sink pointed at it, on one fake clock (so waits
/// the sink is told to honour are advanced, never slept).
/// </summary>
internal sealed class ZendeskSandbox : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services = PluginServices.For<ZendeskPlugin>();
    private readonly List<HttpClient> _clients = [];

    private ZendeskSandbox(SandboxServer server, SleepSkippingClock clock)
    {
        Server = server;
        Clock = clock;
    }

    public SandboxServer Server { get; }

    public SleepSkippingClock Clock { get; }

    public ZendeskEmulator Zendesk => ZendeskEmulator.Of(Server);

    public SandboxVendor Vendor => Server.Vendor("zendesk");

    public static async Task<ZendeskSandbox> StartAsync()
    {
        var clock = new SleepSkippingClock(Start);
        var server = await SandboxServer.StartAsync(new SandboxOptions { Customers = 0, TimeProvider = clock });
        var sandbox = new ZendeskSandbox(server, clock);

        // Tests that are not about rate limits should never meet one.
        sandbox.Zendesk.Knobs = sandbox.Zendesk.Knobs with { RequestsPerMinute = 100_000 };
        return sandbox;
    }

    public ZendeskOptions Options(Action<ZendeskOptions>? configure = null)
    {
        var options = new ZendeskOptions
        {
            Email = Zendesk.Email,
            ApiToken = Zendesk.ApiToken,
            Endpoint = Server.BaseUrl,
            RequestsPerMinute = 100_000,
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A sink as the host creates it, through the plugin, sharing this sandbox's plugin services.</summary>
    public ZendeskSink Sink(Action<ZendeskOptions>? configure = null, IServiceProvider? services = null)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        _clients.Add(http);
        var context = new TestConnectorContext(Options(configure), services ?? _services) { ConnectorName = "helpdesk", HttpClient = http, TimeProvider = Clock };
        return (ZendeskSink)new ZendeskPlugin().CreateConnector(context);
    }

    /// <summary>
    /// Pushes until nothing is left to retry, as the dispatcher would: items that came back Retry are pushed again
    /// after the clock is moved past the longest Retry-After. Returns the last result of every item.
    /// </summary>
    public async Task<Dictionary<string, SinkItemResult>> PushUntilSettledAsync(ISinkConnector sink, IReadOnlyList<SinkItem> items, int maxRounds = 500)
    {
        var results = new Dictionary<string, SinkItemResult>(StringComparer.Ordinal);
        var pending = items.ToList();
        for (var round = 0; pending.Count > 0; round++)
        {
            Assert.True(round < maxRounds, $"still {pending.Count} items to retry after {maxRounds} rounds");
            var pushed = new List<SinkItemResult>();
            foreach (var batch in pending.Chunk(sink.Limits.BatchSize))
            {
                pushed.AddRange(await sink.PushAsync(batch, CancellationToken.None));
            }

            foreach (var result in pushed)
            {
                results[result.IdempotencyKey] = result;
            }

            var retry = pushed.Where(r => r.Outcome == SinkOutcome.Retry).ToList();
            pending = [.. pending.Where(i => retry.Any(r => r.IdempotencyKey == i.IdempotencyKey))];
            Clock.Advance(retry.Select(r => r.RetryAfter ?? TimeSpan.Zero).DefaultIfEmpty().Max() + TimeSpan.FromSeconds(1));
        }

        return results;
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
