using Connectors.EndToEnd.Tests.Support;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// Commands that only read or tidy the store need only the store section of the configuration: they work where the
/// connectors' secrets are not set (a monitoring shell, the demo's store afterwards) or a connector is misconfigured.
/// </summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string BrokenConnectors = """
        {
          "store": { "connectionString": "Data Source=data/connectors.db" },
          "connectors": [
            { "name": "shop-eu", "plugin": "shopifyy" },
            { "name": "nps", "plugin": "surveys-csv",
              "options": { "directory": "${env:NPS_EXPORTS_DIR}", "scale": "nps-0-10", "columns": { "score": "NPS", "submittedAt": "Date" } } }
          ]
        }
        """;

    [Theory]
    [InlineData("status", "Store: 0 customers")]
    [InlineData("outbox", "Outbox")]
    [InlineData("deadletters list", "dead letters")]
    public async Task Store_commands_need_only_the_store_section(string command, string shown)
    {
        _dir.File("connectors.json", BrokenConnectors);

        var result = await HostProcess.RunAsync(_dir.Path, [.. command.Split(' '), "-c", "connectors.json"], new Dictionary<string, string> { ["NPS_EXPORTS_DIR"] = "" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(shown, result.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(_dir.Path, "data", "connectors.db")));
    }

    [Fact]
    public async Task A_broken_store_section_is_still_a_configuration_error()
    {
        _dir.File("connectors.json", """{ "store": { "provider": "oracle", "connectionString": "${env:STORE_CS}" }, "connectors": [] }""");

        var result = await HostProcess.RunAsync(_dir.Path, ["status", "-c", "connectors.json"], new Dictionary<string, string> { ["STORE_CS"] = "" });

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("$.store.provider: unknown store provider 'oracle'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.store.connectionString: secret ${env:STORE_CS} is not set", result.Stderr, StringComparison.Ordinal);
    }
}
