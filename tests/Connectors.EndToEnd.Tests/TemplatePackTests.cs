using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// The template pack cannot rot: the packages and the pack are packed into a local feed, the pack is installed into a
/// private template hive, and each kind is instantiated outside the repository, restored from the feed, built and tested
/// (the generated tests run the conformance kit against the generated fake API).
/// </summary>
public sealed class TemplatePackTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    /// <summary>Every kind with every way to authenticate, and how many checks of the kit each runs.</summary>
    private static readonly (string Name, string Kind, string Auth, int Checks)[] Variants =
    [
        ("AcmeReviews", "source", "api-key", 12),
        ("AcmeDesk", "sink", "api-key", 11),
        ("AcmeSurveys", "source", "oauth", 12),
        ("AcmeCrm", "sink", "oauth", 11),
        ("AcmeFeed", "source", "none", 12),
        ("AcmeHook", "sink", "none", 11),
    ];
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Every_kind_and_auth_of_the_generated_plugin_builds_against_the_packed_packages_and_passes_the_kit()
    {
        var feed = Path.Combine(_dir.Path, "feed");
        var hive = Path.Combine(_dir.Path, "hive");
        // The solution is built before its tests run: pack what was built, so no test's assemblies are rewritten under it.
        await Succeeds(RepoPaths.Root, "pack", "src/Abstractions", "--no-build", "-c", DotnetCli.Configuration, "-o", feed);
        await Succeeds(RepoPaths.Root, "pack", "src/PluginSdk", "--no-build", "-c", DotnetCli.Configuration, "-o", feed);
        await Succeeds(RepoPaths.Root, "pack", "src/TestKit", "--no-build", "-c", DotnetCli.Configuration, "-o", feed);
        await Succeeds(RepoPaths.Root, "pack", "plugin-templates", "-c", DotnetCli.Configuration, "-o", feed);
        var pack = Assert.Single(Directory.GetFiles(feed, "Connectors.PluginTemplates.*.nupkg"));
        await Succeeds(_dir.Path, "new", "install", pack, "--debug:custom-hive", hive);

        foreach (var (name, kind, auth, checks) in Variants)
        {
            await Succeeds(_dir.Path, "new", "connectors-plugin", "-n", name, "--kind", kind, "--auth", auth, "--debug:custom-hive", hive);
            var project = Path.Combine(_dir.Path, name);
            File.WriteAllText(Path.Combine(project, "nuget.config"), NugetConfig(feed, Path.Combine(_dir.Path, "packages")));
            Assert.Equal(kind == "source", File.Exists(Path.Combine(project, "src", name, $"{name}Source.cs")));
            Assert.Equal(kind == "sink", File.Exists(Path.Combine(project, "src", name, $"{name}Sink.cs")));
            Assert.Contains($"\"{name.ToLowerInvariant()}\"", File.ReadAllText(Path.Combine(project, "src", name, $"{name}Plugin.cs")), StringComparison.Ordinal);

            var test = await Succeeds(project, "test", Path.Combine("tests", $"{name}.Tests"));
            Assert.Contains($"Passed:    {checks}", test, StringComparison.Ordinal);
        }
    }

    private static async Task<string> Succeeds(string directory, params string[] args)
    {
        var (exitCode, output) = await DotnetCli.RunAsync(directory, Step, args);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', args)} exited {exitCode}:\n{output}");
        return output;
    }

    /// <summary>The local feed first; packages restore into the test's own folder, so a stale copy of ours is never used.</summary>
    private static string NugetConfig(string feed, string packages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config><add key="globalPackagesFolder" value="{packages}" /></config>
          <packageSources><add key="connectors-local" value="{feed}" /></packageSources>
          <fallbackPackageFolders><add key="machine" value="{Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")}" /></fallbackPackageFolders>
        </configuration>
        """;
}
