using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// The template pack cannot rot: the packages and the pack are packed into a local feed, the pack is installed into a
/// private template hive, and each kind with each auth is instantiated outside the repository, restored from the feed,
/// built and tested (the generated tests run the conformance kit against the generated fake API). Then two of them are
/// published, and installed with <c>plugins install</c> (a zip and a folder) into a published host, which lists them
/// loaded, refuses a second install of the same id, and carries no emulators.
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

        await InstallsIntoAPublishedHostAsync();
    }

    private async Task InstallsIntoAPublishedHostAsync()
    {
        var published = Path.Combine(_dir.Path, "published");
        await Succeeds(Path.Combine(_dir.Path, "AcmeReviews"), "publish", "src/AcmeReviews", "-c", "Release", "-o", Path.Combine(published, "AcmeReviews"));
        await Succeeds(Path.Combine(_dir.Path, "AcmeDesk"), "publish", "src/AcmeDesk", "-c", "Release", "-o", Path.Combine(published, "AcmeDesk"));
        Assert.False(File.Exists(Path.Combine(published, "AcmeReviews", "Connectors.Abstractions.dll")), "the contracts come from the host");
        Assert.True(File.Exists(Path.Combine(published, "AcmeReviews", "Connectors.PluginSdk.dll")), "the SDK ships with the plugin");
        var zip = Path.Combine(published, "AcmeReviews.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(Path.Combine(published, "AcmeReviews"), zip, System.IO.Compression.CompressionLevel.Fastest, includeBaseDirectory: true);

        // A configuration of its own keeps this publish's build apart from the binaries the other tests run.
        var host = Path.Combine(_dir.Path, "host");
        await Succeeds(RepoPaths.Root, "publish", "src/Host", "-c", "Publish", "-o", host);
        Assert.False(File.Exists(Path.Combine(host, "Connectors.Sandbox.dll")), "a published host carries no emulators");
        var hostDll = Path.Combine(host, "Connectors.Host.dll");

        await Succeeds(_dir.Path, hostDll, "plugins", "install", zip);
        await Succeeds(_dir.Path, hostDll, "plugins", "install", Path.Combine(published, "AcmeDesk"));
        var (again, refused) = await DotnetCli.RunAsync(_dir.Path, Step, hostDll, "plugins", "install", Path.Combine(published, "AcmeDesk"));
        var list = await Succeeds(_dir.Path, hostDll, "plugins");
        var (demo, demoOutput) = await DotnetCli.RunAsync(_dir.Path, Step, hostDll, "demo");

        Assert.Equal(2, again);
        Assert.Contains("the id 'acmedesk' is taken by", refused, StringComparison.Ordinal);
        foreach (var id in new[] { "acmereviews", "acmedesk" })
        {
            var row = RowOf(list, id);
            Assert.Contains("Active", row, StringComparison.Ordinal);
            Assert.Contains("installed", row, StringComparison.Ordinal);
        }

        // Long paths wrap inside the table's cells: compare without the layout.
        Assert.Contains("AcmeReviews.zip", Squeezed(list), StringComparison.Ordinal);
        Assert.Equal(2, demo);
        Assert.Contains("published without the vendor emulators", demoOutput, StringComparison.Ordinal);
    }

    private static string Squeezed(string table) =>
        new([.. table.Where(c => !char.IsWhiteSpace(c) && c is not ('│' or '|'))]);

    /// <summary>The table row that starts with <paramref name="id"/>.</summary>
    private static string RowOf(string table, string id) =>
        table.Split('\n').FirstOrDefault(line => line.TrimStart('│', ' ').StartsWith(id + " ", StringComparison.Ordinal)) ?? $"(no row for {id} in)\n{table}";

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
