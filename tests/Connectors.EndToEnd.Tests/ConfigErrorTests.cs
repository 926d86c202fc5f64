using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>What an operator sees for a broken configuration or command line: every problem at once, exit code 2, nothing touched.</summary>
public sealed class ConfigErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string FiveMistakes = """
        {
          "store": { "connectionString": "Data Source=data/connectors.db" },
          "connectors": [
            { "name": "shop-eu", "plugin": "shopifyy" },
            { "name": "nps", "plugin": "surveys-csv", "schedule": "0 */15 * *",
              "options": { "directory": "${env:NPS_EXPORTS_DIR}", "scale": "nps-0-10", "columns": { "score": "NPS", "submittedAt": "Date" } } },
            { "name": "csat", "plugin": "surveys-csv",
              "options": { "directory": "csat", "scale": "csat-1-5", "batchSize": "lots", "columns": { "score": "Rating", "submittedAt": "Date" } } }
          ],
          "routes": [ { "name": "bad-reviews", "when": { "ratingAtMost": 0.4 }, "to": "helpdesk", "priority": "urgent" } ]
        }
        """;

    [Theory]
    [InlineData("validate")]
    [InlineData("sync")]
    [InlineData("run")]
    public async Task Five_mistakes_give_five_error_lines_with_json_paths_and_exit_code_2(string command)
    {
        _dir.File("connectors.json", FiveMistakes);

        var result = await HostProcess.RunAsync(_dir.Path, [command, "-c", "connectors.json"], new Dictionary<string, string> { ["NPS_EXPORTS_DIR"] = "" });

        Assert.True(result.ExitCode == 2, result.ToString());
        var errors = result.Stderr.Split('\n').Where(l => l.TrimStart().StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("$.connectors[0].plugin: unknown plugin 'shopifyy'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.connectors[1].schedule: '0 */15 * *' is not a valid Quartz cron expression", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.connectors[1].options.directory: secret ${env:NPS_EXPORTS_DIR} is not set", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.connectors[2].options.batchSize: expected a whole number, got the string \"lots\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.routes[0].to: unknown route target 'helpdesk'", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "data")), "nothing is created when the configuration is wrong");
    }

    [Fact]
    public async Task A_missing_config_file_says_how_to_point_at_one()
    {
        var result = await HostProcess.RunAsync(_dir.Path, ["validate"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration file not found; pass --config <file>", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("synk")]
    [InlineData("sync --strem x")]
    public async Task Usage_errors_exit_with_2(string args)
    {
        var result = await HostProcess.RunAsync(_dir.Path, args.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_connector_name_is_a_usage_error_that_lists_the_configured_ones()
    {
        SampleCopy.Into(_dir.Path);

        var result = await HostProcess.RunAsync(_dir.Path, ["sync", "nps", "-c", "connectors.json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no connector named 'nps'; configured: nps-typeform, csat-delighted", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secrets_from_the_environment_never_appear_in_the_output()
    {
        SampleCopy.Into(_dir.Path);
        var config = File.ReadAllText(Path.Combine(_dir.Path, "connectors.json")).Replace("\"surveys/nps\"", "\"${env:NPS_DIR}\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir.Path, "connectors.json"), config);

        var result = await HostProcess.RunAsync(_dir.Path, ["sync", "nps-typeform", "-v", "-c", "connectors.json"],
            new Dictionary<string, string> { ["NPS_DIR"] = "secret-folder-7f3a" });

        Assert.Equal(1, result.ExitCode); // the folder does not exist: the run fails and says so
        Assert.DoesNotContain("secret-folder-7f3a", result.Stdout + result.Stderr, StringComparison.Ordinal);
        Assert.Contains("***", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }
}
