using Connectors.Sandbox;
using Connectors.Sandbox.Trustpilot;
using Connectors.TestKit;

namespace Connectors.Plugins.Trustpilot.Tests.Support;

/// <summary>
/// A sandbox and a source host on one clock that skips every wait, so quota waits and backoffs cost no test time and
/// the emulator's buckets refill as the plugin sleeps.
/// </summary>
internal sealed class StreamFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private StreamFixture(SandboxServer sandbox, SleepSkippingClock clock)
    {
        Sandbox = sandbox;
        Clock = clock;
        Host = new SourceHost { Time = clock };
    }

    public SandboxServer Sandbox { get; }

    public SleepSkippingClock Clock { get; }

    public SourceHost Host { get; }

    public TrustpilotEmulator Trustpilot => Sandbox.Trustpilot;

    public static async Task<StreamFixture> StartAsync(int customers = 120, Action<SandboxOptions>? configure = null)
    {
        var clock = new SleepSkippingClock(Start);
        return new StreamFixture(await TrustpilotSandbox.StartAsync(customers, clock, configure), clock);
    }

    public TrustpilotOptions Options(int pageSize = 10) => TrustpilotSandbox.Options(Sandbox, pageSize);

    /// <summary>The paths and queries the emulator received, in order.</summary>
    public IReadOnlyList<string> Requests => [.. Sandbox.Vendor("trustpilot").Received.Items.Select(i => i.Path)];

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Sandbox.DisposeAsync();
    }
}
