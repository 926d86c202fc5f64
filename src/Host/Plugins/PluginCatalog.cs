namespace Connectors.Host.Plugins;

/// <summary>Every plugin folder found at start, loaded or not, looked up by manifest id.</summary>
public sealed class PluginCatalog(string directory, IReadOnlyList<LoadedPlugin> plugins)
{
    public string Directory { get; } = directory;

    public IReadOnlyList<LoadedPlugin> All { get; } = plugins;

    public LoadedPlugin? Find(string id) =>
        All.FirstOrDefault(p => p.Status == PluginStatus.Active && string.Equals(p.Manifest!.Id, id, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<LoadedPlugin> Failed => All.Where(p => p.Status != PluginStatus.Active);

    public IEnumerable<string> ActiveIds => All.Where(p => p.Status == PluginStatus.Active).Select(p => p.Manifest!.Id);
}
