using Connectors.TestKit.Conformance;
using Connectors.TestKit.SinkFixture;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The kit's sink checks wired to the fixture sink and a fresh in-memory desk per check.</summary>
public abstract class FixtureSinkSuite<TPlugin> : SinkConformanceTests<TPlugin>
    where TPlugin : FixtureSinkPluginBase, new()
{
    private readonly FixtureDesk _desk = new();
    private FixtureEndpoint? _endpoint;

    protected override async Task<Uri?> StartServerAsync()
    {
        _endpoint = await FixtureEndpoint.StartAsync();
        return _endpoint.BaseUrl;
    }

    protected override async Task StopServerAsync()
    {
        if (_endpoint is not null)
        {
            await _endpoint.DisposeAsync();
        }
    }

    protected override object GoodOptions() => new FixtureSinkOptions { ApiKey = FixtureSinkOptions.GoodKey, Endpoint = Server, Desk = _desk };

    protected override object InvalidOptions() => new FixtureSinkOptions { BatchSize = 0, Desk = _desk };

    protected override IReadOnlyCollection<string> InvalidMembers => ["apiKey", "batchSize"];

    protected override object RefusedOptions() => new FixtureSinkOptions { ApiKey = "wrong-key-000", Desk = _desk };

    protected override Task<int?> CountAtSinkAsync() => Task.FromResult<int?>(_desk.Count);
}
