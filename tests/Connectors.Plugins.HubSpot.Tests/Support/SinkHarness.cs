using Connectors.Abstractions;
using Connectors.Sandbox;
using Connectors.Sandbox.HubSpot;
using Connectors.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Plugins.HubSpot.Tests.Support;

/// <summary>
/// The real HubSpot emulator in-process on loopback, and sinks created the way the host creates them: through the plugin,
/// with the plugin's services. Both share one clock: the system's (with shortened windows) or a fake one.
/// </summary>
internal sealed class SinkHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private SinkHarness(SandboxServer sandbox, TimeProvider clock)
    {
        Sandbox = sandbox;
        Clock = clock;
        _services = PluginServices.For<HubSpotPlugin>();
    }

    public SandboxServer Sandbox { get; }

    public HubSpotEmulator HubSpot => Sandbox.HubSpot;

    /// <summary>The clock of both the emulator and the sinks.</summary>
    public TimeProvider Clock { get; }

    public static async Task<SinkHarness> StartAsync(Func<HubSpotKnobs, HubSpotKnobs>? knobs = null, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 0, TimeProvider = clock });
        if (knobs is not null)
        {
            sandbox.HubSpot.Knobs = knobs(sandbox.HubSpot.Knobs);
        }

        return new SinkHarness(sandbox, clock);
    }

    public HubSpotOptions Options(Action<HubSpotOptions>? configure = null)
    {
        var options = new HubSpotOptions { AccessToken = HubSpotDefaults.AccessToken, Endpoint = new Uri(Sandbox.BaseUrl.AbsoluteUri.TrimEnd('/')) };
        configure?.Invoke(options);
        return options;
    }

    public (ISinkConnector Sink, RecordingLogger Log) CreateSink(HubSpotOptions? options = null, string name = "crm-test")
    {
        var log = new RecordingLogger();
        var context = new TestConnectorContext(options ?? Options(), _services) { ConnectorName = name, HttpClient = _http, TimeProvider = Clock, Logger = log };
        return ((ISinkConnector)new HubSpotPlugin().CreateConnector(context), log);
    }

    /// <summary>
    /// Pushes like the dispatcher does: batches of the sink's size, Retry items again (ignoring RetryAfter: the sink
    /// paces itself), a Done item's id kept; until nothing is left to retry. Returns the last result per item.
    /// </summary>
    public static async Task<Dictionary<string, SinkItemResult>> PushUntilSettledAsync(ISinkConnector sink, IReadOnlyList<SinkItem> items, int maxRounds = 100)
    {
        var last = new Dictionary<string, SinkItemResult>(StringComparer.Ordinal);
        var pending = items.ToList();
        for (var round = 0; round < maxRounds && pending.Count > 0; round++)
        {
            var retry = new List<SinkItem>();
            foreach (var batch in pending.Chunk(sink.Limits.BatchSize))
            {
                var results = await sink.PushAsync(batch, CancellationToken.None);
                Assert.Equal(batch.Length, results.Count);
                foreach (var result in results)
                {
                    last[result.IdempotencyKey] = result;
                    if (result.Outcome == SinkOutcome.Retry)
                    {
                        retry.Add(batch.Single(i => i.IdempotencyKey == result.IdempotencyKey));
                    }
                }
            }

            pending = retry;
        }

        Assert.True(pending.Count == 0, $"{pending.Count} items still to retry: {string.Join("; ", pending.Take(3).Select(i => last[i.IdempotencyKey].Error))}");
        return last;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
