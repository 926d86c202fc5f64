using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// The template pack cannot rot: the packages and the pack are packed into a local feed, the pack is installed into a
/// private template hive, and each kind with each auth is instantiated outside the repository, restored from the feed,
/// built and tested (the generated tests run the conformance kit against the generated fake API). Then a published host
/// (without emulators) installs a generated source with <c>plugins install</c> and syncs it from its fake API into the
/// store, as docs/plugin-author-guide.md tells a new author to, and installs a sink from a zip.
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

    /// <summary>
    /// The plugin author guide's path from a generated source to a sync: publish it, install it with the local
    /// configuration the template ships, run its fake API, sync, and read the store's totals. A sink goes in as a zip
    /// into the published host's own folder, and a second install of its id is refused.
    /// </summary>
    private async Task InstallsIntoAPublishedHostAsync()
    {
        // A configuration of its own keeps this publish's build apart from the binaries the other tests run.
        var host = Path.Combine(_dir.Path, "host");
        await Succeeds(RepoPaths.Root, "publish", "src/Host", "-c", "Publish", "-o", host);
        Assert.False(File.Exists(Path.Combine(host, "Connectors.Sandbox.dll")), "a published host carries no emulators");
        var hostDll = Path.Combine(host, "Connectors.Host.dll");

        var reviews = Path.Combine(_dir.Path, "AcmeReviews");
        await Succeeds(reviews, "publish", "src/AcmeReviews", "-c", "Release", "-o", "out/AcmeReviews");
        Assert.False(File.Exists(Path.Combine(reviews, "out", "AcmeReviews", "Connectors.Abstractions.dll")), "the contracts come from the host");
        Assert.True(File.Exists(Path.Combine(reviews, "out", "AcmeReviews", "Connectors.PluginSdk.dll")), "the SDK ships with the plugin");
        await Succeeds(reviews, hostDll, "plugins", "install", "out/AcmeReviews", "-c", "connectors.local.json");
        var synced = await SyncsFromItsFakeApiAsync(reviews, hostDll);
        var local = await Succeeds(reviews, hostDll, "plugins", "-c", "connectors.local.json");

        var desk = Path.Combine(_dir.Path, "AcmeDesk");
        await Succeeds(desk, "publish", "src/AcmeDesk", "-c", "Release", "-o", "out/AcmeDesk");
        var zip = Path.Combine(desk, "out", "AcmeDesk.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(Path.Combine(desk, "out", "AcmeDesk"), zip, System.IO.Compression.CompressionLevel.Fastest, includeBaseDirectory: true);
        await Succeeds(desk, hostDll, "plugins", "install", zip);
        var (again, refused) = await DotnetCli.RunAsync(desk, Step, hostDll, "plugins", "install", "out/AcmeDesk");
        var list = await Succeeds(desk, hostDll, "plugins");
        var (demo, demoOutput) = await DotnetCli.RunAsync(_dir.Path, Step, hostDll, "demo");

        Assert.Contains("Store: 3 customers, 7 feedback items", synced, StringComparison.Ordinal);
        Assert.Contains("Active", RowOf(local, "acmereviews"), StringComparison.Ordinal);
        Assert.Contains("installed", RowOf(local, "acmereviews"), StringComparison.Ordinal);
        Assert.Equal(2, again);
        Assert.Contains("the id 'acmedesk' is taken by", refused, StringComparison.Ordinal);
        Assert.Contains("Active", RowOf(list, "acmedesk"), StringComparison.Ordinal);
        Assert.Contains("built with the host", RowOf(list, "shopify"), StringComparison.Ordinal);
        Assert.Contains("installed", RowOf(list, "acmedesk"), StringComparison.Ordinal);

        // Long paths wrap inside the table's cells: compare without the layout.
        Assert.Contains("AcmeDesk.zip", Squeezed(list), StringComparison.Ordinal);
        Assert.Equal(2, demo);
        Assert.Contains("published without the vendor emulators", demoOutput, StringComparison.Ordinal);
    }

    /// <summary>The template's fake API on a free port (the local configuration says 5080), a sync, and the store's totals.</summary>
    private static async Task<string> SyncsFromItsFakeApiAsync(string project, string hostDll)
    {
        var port = LoopbackPort.Free();
        var config = Path.Combine(project, "connectors.local.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("127.0.0.1:5080", $"127.0.0.1:{port}", StringComparison.Ordinal));
        await Succeeds(project, "build", "tools/AcmeReviews.FakeApi", "-c", "Release", "-o", "out/fake-api");
        using var fake = HostProcess.StartProgram(project, Path.Combine(project, "out", "fake-api", "AcmeReviews.FakeApi.dll"), "--port", $"{port}");
        await fake.WaitUntilAsync(() => fake.Stdout.Contains("Fake AcmeReviews API on", StringComparison.Ordinal), "the fake API to listen");

        var sync = await Succeeds(project, hostDll, "sync", "-c", "connectors.local.json");
        var status = await Succeeds(project, hostDll, "status", "-c", "connectors.local.json");
        return sync + status;
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
