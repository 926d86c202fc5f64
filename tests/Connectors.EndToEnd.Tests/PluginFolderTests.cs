using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>A broken plugin folder is reported and skipped; the host and the other plugins go on.</summary>
public sealed class PluginFolderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_broken_plugin_folder_does_not_stop_the_host()
    {
        SampleCopy.Into(_dir.Path);
        var plugins = Path.Combine(_dir.Path, "plugins");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.PluginsDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(plugins, Path.GetRelativePath(RepoPaths.PluginsDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        _dir.File("plugins/Zendesk/Connectors.Plugins.Zendesk.deps.json", "{ half a file");
        _dir.File("plugins/Zendesk/Connectors.Plugins.Zendesk.dll", "truncated download");
        var configPath = Path.Combine(_dir.Path, "connectors.json");
        File.WriteAllText(configPath, File.ReadAllText(configPath).Replace("\"connectors\": [", "\"plugins\": { \"directory\": \"plugins\" },\n  \"connectors\": [", StringComparison.Ordinal));

        var list = await HostProcess.RunAsync(_dir.Path, ["plugins", "-c", "connectors.json"]);
        var sync = await HostProcess.RunAsync(_dir.Path, ["sync", "-c", "connectors.json"]);

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("surveys-csv", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("Malfunctioned", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("Zendesk: Connectors.Plugins.Zendesk.deps.json is not valid JSON", list.Stdout.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Contains("plugin folder 'Zendesk' not loaded", sync.Stderr, StringComparison.Ordinal);
        Assert.Equal(65, StoreQueries.Scalar(Path.Combine(_dir.Path, "data", "connectors.db"), "SELECT COUNT(*) FROM feedback"));
    }
}
