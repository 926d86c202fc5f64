using Connectors.Abstractions;

namespace Connectors.Plugins.SurveysCsv.Tests;

public sealed class SurveysCsvPluginTests : IDisposable
{
    private readonly SurveyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_manifest_describes_an_incremental_source()
    {
        var manifest = new SurveysCsvPlugin().Manifest;

        Assert.Equal("surveys-csv", manifest.Id);
        Assert.Equal("Survey exports (CSV)", manifest.Name);
        Assert.Equal(PluginKind.Source, manifest.Kind);
        Assert.Equal(PluginCapabilities.Incremental, manifest.Capabilities);
        Assert.Equal(typeof(SurveysCsvOptions), manifest.OptionsType);
        Assert.Equal(typeof(SurveysCsvPlugin).Assembly.GetName().Version, manifest.Version);
        Assert.False(string.IsNullOrWhiteSpace(manifest.Description));
    }

    [Fact]
    public async Task The_check_counts_the_exports_in_the_folder()
    {
        _folder.Write("a.csv", "score\n1\n");
        _folder.Write("b.csv", "score\n1\n");

        var result = await _folder.Source().CheckAsync(CancellationToken.None);

        Assert.True(result.Ok);
        Assert.Equal($"2 files matching *.csv in {_folder.AnswersPath}", result.Message);
    }

    [Fact]
    public async Task The_check_fails_with_the_full_path_when_the_folder_is_missing()
    {
        var options = SurveyFolder.NpsOptions();
        options.Directory = "missing";

        var result = await _folder.Source(options).CheckAsync(CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Contains(Path.Combine(Path.GetDirectoryName(_folder.AnswersPath)!, "missing"), result.Message, StringComparison.Ordinal);
    }
}
