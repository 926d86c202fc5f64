using Connectors.Sandbox;
using Connectors.Sandbox.Webhook;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.Webhook.Tests;

/// <summary>The test kit's sink checks against the sandbox's webhook receiver (signed JSON envelopes), on a clock that skips waits.</summary>
public sealed class WebhookConformanceTests : SinkConformanceTests<WebhookPlugin>
{
    private readonly SleepSkippingClock _clock = new(WebhookSandbox.Start);
    private SandboxServer _sandbox = null!;

    protected override TimeProvider Clock => _clock;

    protected override async Task<Uri?> StartServerAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 0, TimeProvider = _clock });
        return _sandbox.BaseUrl;
    }

    protected override Task StopServerAsync() => _sandbox.DisposeAsync().AsTask();

    protected override object GoodOptions() =>
        new WebhookOptions { Url = new Uri(_sandbox.BaseUrl, WebhookDefaults.HookPath), Secret = WebhookDefaults.Secret, RequestsPerMinute = 6000 };

    protected override object InvalidOptions() => new WebhookOptions { RequestsPerMinute = 0 };

    protected override IReadOnlyCollection<string> InvalidMembers => ["url", "requestsPerMinute"];

    protected override object RefusedOptions() => new WebhookOptions { Url = ClosedPort.Url("hooks/voc"), Secret = WebhookDefaults.Secret };

    protected override Task<int?> CountAtSinkAsync() => Task.FromResult<int?>(WebhookEmulator.Of(_sandbox).Deliveries.All.Count);
}
