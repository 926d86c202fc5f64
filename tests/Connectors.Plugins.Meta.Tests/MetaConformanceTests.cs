using Connectors.Abstractions;
using Connectors.Plugins.Meta.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Meta;
using Connectors.Sandbox.Meta.Data;
using Connectors.TestKit.Conformance;

namespace Connectors.Plugins.Meta.Tests;

/// <summary>The test kit's source checks against the sandbox's Meta emulator, as a Messenger connector (pages of five).</summary>
public sealed class MetaConformanceTests : SourceConformanceTests<MetaPlugin>
{
    private SandboxServer _sandbox = null!;

    protected override async Task<Uri?> StartServerAsync()
    {
        _sandbox = await MetaFixture.StartSandboxAsync();
        return _sandbox.BaseUrl;
    }

    protected override Task StopServerAsync() => _sandbox.DisposeAsync().AsTask();

    protected override object GoodOptions() => MetaFixture.Options(_sandbox, "messenger");

    protected override object InvalidOptions() => new MetaOptions
    {
        Channel = "telegram",
        AccessToken = "",
        AppSecret = "s",
        VerifyToken = "v",
        PageId = "not-an-id",
        GraphEndpoint = new Uri("ftp://example.com"),
        PageSize = 0,
    };

    protected override IReadOnlyCollection<string> InvalidMembers => ["channel", "accessToken", "pageId", "graphEndpoint", "pageSize"];

    protected override object RefusedOptions()
    {
        var options = MetaFixture.Options(_sandbox, "messenger");
        options.AccessToken = "EAAGrevoked0000000000000000000000000000000000000000";
        return options;
    }

    protected override IEnumerable<string> CorruptCheckpoints(string stream, string finalCheckpoint) =>
        [finalCheckpoint.Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal), "{\"version\":1,\"pass\":{\"after\":\"\",\"stopBefore\":\"2026-01-01T00:00:00+00:00\"}}"];

    protected override WebhookRequest? SignedWebhook()
    {
        var meta = MetaEmulator.Of(_sandbox);
        meta.Webhooks.DeliverInbound(meta.Inbox.Of(MetaChannel.Messenger)[0], "Where is my parcel?");
        return MetaFixture.Request(meta.Webhooks.Deliveries[^1]);
    }
}
