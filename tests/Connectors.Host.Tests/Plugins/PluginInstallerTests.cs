using System.IO.Compression;
using Connectors.Host.Plugins;
using Connectors.Host.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Host.Tests.Plugins;

/// <summary><c>plugins install</c> on the built first-party plugins: what it copies, what it refuses, and what it records.</summary>
public sealed class PluginInstallerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 30, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => _dir.Dispose();

    private string Plugins => Path.Combine(_dir.Path, "plugins");

    private PluginCatalog Catalog() => new(Plugins, new McMasterPluginLoader().LoadAll(Plugins));

    private static string Built(string name) => Path.Combine(RepoPaths.PluginsDirectory, name);

    [Fact]
    public void A_published_folder_is_copied_in_with_where_it_came_from()
    {
        var installed = PluginInstaller.Install(Built("SurveysCsv"), Catalog(), _time, out var error);

        Assert.Null(error);
        Assert.Equal("surveys-csv", installed!.Manifest!.Id);
        var loaded = Assert.Single(Catalog().All);
        Assert.Equal(PluginStatus.Active, loaded.Status);
        Assert.Equal(Path.Combine(Plugins, "Connectors.Plugins.SurveysCsv"), loaded.Folder);
        Assert.Equal($"installed 2026-12-07 12:30Z from {Built("SurveysCsv")}", InstallRecord.Describe(loaded, Plugins));
    }

    [Fact]
    public void A_zip_of_the_folder_installs_and_an_id_already_there_is_refused()
    {
        var zip = Path.Combine(_dir.Path, "surveys.zip");
        ZipFile.CreateFromDirectory(Built("SurveysCsv"), zip, CompressionLevel.Fastest, includeBaseDirectory: true);
        Assert.NotNull(PluginInstaller.Install(zip, Catalog(), _time, out _));

        var again = PluginInstaller.Install(Built("SurveysCsv"), Catalog(), _time, out var error);

        Assert.Null(again);
        Assert.StartsWith($"the id 'surveys-csv' is taken by {Path.Combine(Plugins, "Connectors.Plugins.SurveysCsv")} (version ", error, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(Plugins));
    }

    [Fact]
    public void What_is_no_plugin_is_refused_and_nothing_is_copied()
    {
        var notPlugin = Path.Combine(_dir.Path, "docs");
        Directory.CreateDirectory(notPlugin);
        File.WriteAllText(Path.Combine(notPlugin, "README.md"), "# not a plugin");

        var folder = PluginInstaller.Install(notPlugin, Catalog(), _time, out var folderError);
        var missing = PluginInstaller.Install(Path.Combine(_dir.Path, "nowhere.zip"), Catalog(), _time, out var missingError);

        Assert.Null(folder);
        Assert.Contains("is not a plugin this host can load (Malfunctioned): expected exactly one <assembly>.deps.json", folderError, StringComparison.Ordinal);
        Assert.Null(missing);
        Assert.Contains("is neither a folder nor a .zip file", missingError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Plugins));
    }
}
