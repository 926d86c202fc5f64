using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>The fixture source's entry class; a derived class picks its flaws.</summary>
public abstract class FixtureSourcePluginBase : IConnectorPlugin
{
    protected FixtureSourcePluginBase()
    {
        var flaws = Flaws;
        Manifest = flaws.HasFlag(SourceFlaws.BadManifest)
            ? new PluginManifest("Fixture Source", "", new Version(0, 0), PluginKind.Sink, PluginCapabilities.Webhooks, typeof(string))
            : new PluginManifest(
                "fixture-source",
                "Fixture source",
                new Version(1, 0, 0),
                PluginKind.Source,
                PluginCapabilities.Incremental | (flaws.HasFlag(SourceFlaws.UndeclaredWebhooks) ? PluginCapabilities.None : PluginCapabilities.Webhooks),
                flaws.HasFlag(SourceFlaws.ValidatesNothing) ? typeof(LaxOptions) : flaws.HasFlag(SourceFlaws.NamesNoMember) ? typeof(NamelessOptions) : typeof(FixtureOptions))
            {
                Description = "An in-memory source for the test kit's own tests.",
                Streams = flaws.HasFlag(SourceFlaws.UndeclaredStreams) ? [] : ["customers", "reviews"],
            };
    }

    public PluginManifest Manifest { get; }

    protected abstract SourceFlaws Flaws { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        // Nothing shared: the fixture's data is static.
    }

    public IConnector CreateConnector(IConnectorContext context) => new FixtureWebhookSource(context, Flaws);
}
