namespace Connectors.Host.Plugins;

/// <summary>Loads every plugin folder below a directory. Kept small so McMaster.NETCore.Plugins can be replaced.</summary>
public interface IPluginLoader
{
    IReadOnlyList<LoadedPlugin> LoadAll(string pluginsDirectory);
}
