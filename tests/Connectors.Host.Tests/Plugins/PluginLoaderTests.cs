using Connectors.Host.Plugins;
using Connectors.Host.Tests.Support;

namespace Connectors.Host.Tests.Plugins;

public sealed class PluginLoaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Built_plugin_folders_load_with_their_manifests_and_private_dependencies()
    {
        var plugins = new McMasterPluginLoader().LoadAll(RepoPaths.PluginsDirectory);

        var surveys = Assert.Single(plugins, p => p.Manifest?.Id == "surveys-csv");
        Assert.Equal(PluginStatus.Active, surveys.Status);
        Assert.Equal(Abstractions.PluginKind.Source, surveys.Manifest!.Kind);
        // The contracts come from the host, so the plugin's types are the host's types.
        Assert.False(File.Exists(Path.Combine(surveys.Folder, "Connectors.Abstractions.dll")));
    }

    [Fact]
    public void Broken_folders_are_marked_with_a_reason_and_the_good_plugins_still_load()
    {
        CopyDirectory(Path.Combine(RepoPaths.PluginsDirectory, "SurveysCsv"), Path.Combine(_dir.Path, "SurveysCsv"));
        _dir.File("Garbage/Garbage.deps.json", "{}");
        _dir.File("Garbage/Garbage.dll", "this is not a .NET assembly");
        _dir.File("BadDll/BadDll.deps.json", File.ReadAllText(Path.Combine(RepoPaths.PluginsDirectory, "SurveysCsv", "Connectors.Plugins.SurveysCsv.deps.json")));
        _dir.File("BadDll/BadDll.dll", "MZ but not really");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "Empty"));
        _dir.File("NotAPlugin/NotAPlugin.deps.json", File.ReadAllText(Path.Combine(RepoPaths.HostBin, "Connectors.Host.deps.json")));
        File.Copy(Path.Combine(RepoPaths.HostBin, "Spectre.Console.dll"), Path.Combine(_dir.Path, "NotAPlugin", "NotAPlugin.dll"));

        var plugins = new McMasterPluginLoader().LoadAll(_dir.Path).ToDictionary(p => Path.GetFileName(p.Folder));

        Assert.Equal(PluginStatus.Active, plugins["SurveysCsv"].Status);
        Assert.Equal(PluginStatus.Malfunctioned, plugins["Garbage"].Status);
        Assert.Contains("Garbage.deps.json is not a build-generated dependency manifest", plugins["Garbage"].Error, StringComparison.Ordinal);
        Assert.Equal(PluginStatus.Malfunctioned, plugins["BadDll"].Status);
        Assert.Contains("BadImageFormatException", plugins["BadDll"].Error, StringComparison.Ordinal);
        Assert.Contains("expected exactly one <assembly>.deps.json", plugins["Empty"].Error, StringComparison.Ordinal);
        Assert.NotEqual(PluginStatus.Active, plugins["NotAPlugin"].Status);
        Assert.NotNull(plugins["NotAPlugin"].Error);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
