using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.TestKit.SinkFixture;

/// <summary>The fixture sink's entry class; a derived class picks its flaws.</summary>
public abstract class FixtureSinkPluginBase : IConnectorPlugin
{
    public PluginManifest Manifest { get; } = new("fixture-sink", "Fixture sink", new Version(1, 0, 0), PluginKind.Sink, PluginCapabilities.Alerts, typeof(FixtureSinkOptions))
    {
        Description = "An in-memory sink for the test kit's own tests.",
    };

    protected abstract SinkFlaws Flaws { get; }

    public void ConfigureServices(IServiceCollection services)
    {
        // Nothing shared: each test hands its desk over in the options.
    }

    public IConnector CreateConnector(IConnectorContext context) => new FixtureSink(context, Flaws);
}
