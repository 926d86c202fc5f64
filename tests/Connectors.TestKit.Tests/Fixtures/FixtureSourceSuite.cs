using System.Text;
using Connectors.Abstractions;
using Connectors.TestKit.Conformance;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The kit's source checks wired to the fixture source, as a plugin author wires them to theirs.</summary>
public abstract class FixtureSourceSuite<TPlugin> : SourceConformanceTests<TPlugin>
    where TPlugin : FixtureSourcePluginBase, new()
{
    protected override Task<Uri?> StartServerAsync() => Task.FromResult<Uri?>(null);

    protected override object GoodOptions() => Options(FixtureOptions.GoodKey);

    protected override object InvalidOptions() => Options("", pageSize: 0);

    protected override IReadOnlyCollection<string> InvalidMembers => ["apiKey", "pageSize"];

    protected override object RefusedOptions() => Options("wrong-key-456");

    protected override WebhookRequest? SignedWebhook()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"w-1","body":"Arrived late"}""");
        return new WebhookRequest(
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [FixtureSource.SignatureHeader] = FixtureSource.Sign(FixtureOptions.GoodKey, body),
                ["Content-Type"] = "application/json",
            },
            body);
    }

    private object Options(string key, int pageSize = 2) => Plugin.Manifest.OptionsType == typeof(LaxOptions) ? new LaxOptions { ApiKey = key, PageSize = pageSize }
        : Plugin.Manifest.OptionsType == typeof(NamelessOptions) ? new NamelessOptions { ApiKey = key, PageSize = pageSize }
        : new FixtureOptions { ApiKey = key, PageSize = pageSize };
}
