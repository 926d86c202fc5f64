using Connectors.Plugins.Amazon.Tests.Support;
using Connectors.Sandbox;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.Amazon.Tests;

/// <summary>The test kit's source checks against the sandbox's Amazon emulator (US, DE and JP, usage plans on at a raised rate).</summary>
public sealed class AmazonConformanceTests : SourceConformanceTests<AmazonPlugin>
{
    private SandboxServer _sandbox = null!;

    protected override async Task<Uri?> StartServerAsync()
    {
        _sandbox = await AmazonSandbox.StartAsync();
        return _sandbox.BaseUrl;
    }

    protected override Task StopServerAsync() => _sandbox.DisposeAsync().AsTask();

    protected override object GoodOptions() => AmazonSandbox.Options(_sandbox);

    protected override object InvalidOptions() => new AmazonOptions
    {
        ClientId = "",
        RefreshToken = "Atzr|x",
        ClientSecret = "s",
        Marketplaces = ["Narnia"],
        Endpoint = new Uri("ftp://example.com"),
        BatchSize = 0,
    };

    protected override IReadOnlyCollection<string> InvalidMembers => ["clientId", "marketplaces", "endpoint", "batchSize"];

    protected override object RefusedOptions()
    {
        var options = AmazonSandbox.Options(_sandbox);
        options.RefreshToken = "Atzr|IwEBIrevoked-refresh-token";
        return options;
    }

    protected override IEnumerable<string> CorruptCheckpoints(string stream, string finalCheckpoint) =>
        [finalCheckpoint.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal)];
}
