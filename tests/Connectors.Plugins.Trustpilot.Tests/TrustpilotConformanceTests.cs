using Connectors.Plugins.Trustpilot.Tests.Support;
using Connectors.Sandbox;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.Trustpilot.Tests;

/// <summary>The test kit's source checks against the sandbox's Trustpilot emulator (quotas on, pages of ten).</summary>
public sealed class TrustpilotConformanceTests : SourceConformanceTests<TrustpilotPlugin>
{
    private SandboxServer _sandbox = null!;

    protected override async Task<Uri?> StartServerAsync()
    {
        _sandbox = await TrustpilotSandbox.StartAsync();
        return _sandbox.BaseUrl;
    }

    protected override Task StopServerAsync() => _sandbox.DisposeAsync().AsTask();

    protected override object GoodOptions() => TrustpilotSandbox.Options(_sandbox);

    protected override object InvalidOptions() => new TrustpilotOptions
    {
        ApiKey = "",
        ApiSecret = "s",
        Username = "owner@example.com",
        BusinessUnitId = "not-an-id",
        Endpoint = new Uri("ftp://example.com"),
        PageSize = 0,
    };

    protected override IReadOnlyCollection<string> InvalidMembers => ["apiKey", "password", "businessUnitId", "endpoint", "pageSize"];

    protected override object RefusedOptions()
    {
        var options = TrustpilotSandbox.Options(_sandbox);
        options.ApiSecret = "revoked-secret";
        return options;
    }

    protected override IEnumerable<string> CorruptCheckpoints(string stream, string finalCheckpoint) =>
        [finalCheckpoint.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal), "{\"version\":1,\"pass\":{\"page\":0}}"];
}
