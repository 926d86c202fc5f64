using Connectors.Sandbox;
using Connectors.Sandbox.Zendesk;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.Zendesk.Tests;

/// <summary>The test kit's sink checks against the sandbox's Zendesk emulator: users and tickets, on a clock that skips waits.</summary>
public sealed class ZendeskConformanceTests : SinkConformanceTests<ZendeskPlugin>
{
    private readonly SleepSkippingClock _clock = new(ZendeskSandbox.Start);
    private SandboxServer _sandbox = null!;

    protected override TimeProvider Clock => _clock;

    protected override async Task<Uri?> StartServerAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 0, TimeProvider = _clock });
        return _sandbox.BaseUrl;
    }

    protected override Task StopServerAsync() => _sandbox.DisposeAsync().AsTask();

    private ZendeskEmulator Zendesk => ZendeskEmulator.Of(_sandbox);

    protected override object GoodOptions() =>
        new ZendeskOptions { Email = Zendesk.Email, ApiToken = Zendesk.ApiToken, Endpoint = _sandbox.BaseUrl, RequestsPerMinute = 100_000 };

    protected override object InvalidOptions() => new ZendeskOptions { Email = "", ApiToken = "", BatchSize = 500 };

    protected override IReadOnlyCollection<string> InvalidMembers => ["email", "apiToken", "batchSize"];

    protected override object RefusedOptions() =>
        new ZendeskOptions { Email = Zendesk.Email, ApiToken = "refused-token-0000", Endpoint = _sandbox.BaseUrl, RequestsPerMinute = 100_000 };

    protected override Task<int?> CountAtSinkAsync() => Task.FromResult<int?>(Zendesk.Store.Users.Count + Zendesk.Store.Tickets.Count);
}
