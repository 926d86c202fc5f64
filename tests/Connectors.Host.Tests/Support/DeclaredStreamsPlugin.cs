using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Tests.Support;

/// <summary>A source (id <c>declared</c>) whose manifest names its streams and which counts how often it is created.</summary>
internal sealed class DeclaredStreamsPlugin : IConnectorPlugin
{
    public int Created { get; private set; }

    public PluginManifest Manifest { get; } = new("declared", "Declared streams", new Version(1, 0), PluginKind.Source,
        PluginCapabilities.Incremental, typeof(ScriptedOptions)) { Streams = ["alpha", "beta"] };

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public IConnector CreateConnector(IConnectorContext context)
    {
        Created++;
        return new ScriptedSource(new ScriptedSourceScript());
    }
}
