using Connectors.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Tests.Support;

/// <summary>An in-test plugin (id <c>scripted</c>) that hands out <see cref="ScriptedSource"/>s.</summary>
internal sealed class ScriptedPlugin(ScriptedSourceScript script) : IConnectorPlugin
{
    public PluginManifest Manifest { get; } = new("scripted", "Scripted test source", new Version(1, 0), PluginKind.Source,
        PluginCapabilities.Incremental, typeof(ScriptedOptions));

    public void ConfigureServices(IServiceCollection services)
    {
    }

    public IConnector CreateConnector(IConnectorContext context) => new ScriptedSource(script);
}

/// <summary>Options of the scripted plugin, with rules to exercise validation.</summary>
public sealed class ScriptedOptions
{
    [System.ComponentModel.DataAnnotations.Range(1, 100)]
    public int Size { get; set; } = 10;

    public string? Token { get; set; }
}
