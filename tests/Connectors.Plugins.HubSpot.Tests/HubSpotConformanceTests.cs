using Connectors.Sandbox;
using Connectors.Sandbox.HubSpot;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.HubSpot.Tests;

/// <summary>The test kit's sink checks against the sandbox's HubSpot emulator: contacts and notes, counted to prove repeats create nothing.</summary>
public sealed class HubSpotConformanceTests : SinkConformanceTests<HubSpotPlugin>
{
    private SandboxServer _sandbox = null!;

    protected override async Task<Uri?> StartServerAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 0 });
        return _sandbox.BaseUrl;
    }

    protected override Task StopServerAsync() => _sandbox.DisposeAsync().AsTask();

    protected override object GoodOptions() =>
        new HubSpotOptions { AccessToken = HubSpotDefaults.AccessToken, Endpoint = new Uri(_sandbox.BaseUrl.AbsoluteUri.TrimEnd('/')) };

    protected override object InvalidOptions() => new HubSpotOptions { AccessToken = "", BatchSize = 0, RequestsPerTenSeconds = 1000 };

    protected override IReadOnlyCollection<string> InvalidMembers => ["accessToken", "batchSize", "requestsPerTenSeconds"];

    protected override object RefusedOptions() =>
        new HubSpotOptions { AccessToken = "pat-na1-refused-0000", Endpoint = new Uri(_sandbox.BaseUrl.AbsoluteUri.TrimEnd('/')) };

    protected override Task<int?> CountAtSinkAsync() => Task.FromResult<int?>(_sandbox.HubSpot.Contacts.Count + _sandbox.HubSpot.Notes.Count);
}
