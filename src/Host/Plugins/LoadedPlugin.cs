using Connectors.Abstractions;

namespace Connectors.Host.Plugins;

/// <summary>A plugin folder and what came of loading it: the plugin when active, else the reason and the fix.</summary>
public sealed record LoadedPlugin(string Folder, PluginStatus Status, IConnectorPlugin? Plugin, string? Error)
{
    public PluginManifest? Manifest => Plugin?.Manifest;

    /// <summary>The id to show: the manifest's, or the folder name for a plugin that did not load.</summary>
    public string DisplayId => Manifest?.Id ?? Path.GetFileName(Folder);
}
