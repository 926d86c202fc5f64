using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Host.Plugins;

/// <summary>Where an installed plugin came from, written beside it by <c>plugins install</c> and shown by <c>plugins</c>.</summary>
/// <param name="Id">The manifest's id at install time.</param>
/// <param name="Version">The plugin's version at install time.</param>
/// <param name="Source">The folder or zip it was installed from.</param>
/// <param name="InstalledAt">When.</param>
public sealed record InstallRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("installedAt")] DateTimeOffset InstalledAt)
{
    /// <summary>The record's file name inside the plugin's folder (not a .deps.json, so the loader ignores it).</summary>
    public const string FileName = "connectors-install.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public void WriteTo(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Indented));

    /// <summary>The folder's record, or <c>null</c> when it has none (or one that cannot be read).</summary>
    public static InstallRecord? ReadFrom(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<InstallRecord>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Where <paramref name="plugin"/> came from, in words for the <c>plugins</c> table.</summary>
    public static string Describe(LoadedPlugin plugin, string pluginsDirectory) =>
        ReadFrom(plugin.Folder) is { } record
            ? $"installed {record.InstalledAt:yyyy-MM-dd HH:mm}Z from {record.Source}"
            : string.Equals(Path.GetFullPath(pluginsDirectory), Path.GetFullPath(HostSetupLoader.DefaultPluginsDirectory), StringComparison.Ordinal)
                ? "built with the host"
                : "copied into the folder";
}
