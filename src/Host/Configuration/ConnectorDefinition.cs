using Connectors.Abstractions;
using Connectors.Host.Plugins;

namespace Connectors.Host.Configuration;

/// <summary>A connector instance whose configuration is valid: its plugin and its bound, validated options.</summary>
public sealed record ConnectorDefinition(ConnectorOptions Config, LoadedPlugin Plugin, object Options)
{
    public string Name => Config.Name;

    public PluginManifest Manifest => Plugin.Manifest!;
}
