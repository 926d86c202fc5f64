using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Tests.Support;

namespace Connectors.Host.Tests.Configuration;

public sealed class ConfigValidatorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private List<ConfigError> Validate(string json, Func<string, string?>? env = null)
    {
        var path = _dir.File("connectors.json", json);
        var errors = new List<ConfigError>();
        var config = ConfigFileReader.Read(path, errors);
        if (config is not null)
        {
            new ConfigValidator(TestHosts.Catalog(), new SecretResolver(new SecretRedactor(), env ?? (_ => null), _dir.Path)).Validate(config, errors);
        }

        return errors;
    }

    [Fact]
    public void Five_mistakes_give_five_errors_with_their_json_paths()
    {
        var errors = Validate("""
            {
              "connectors": [
                { "name": "shop", "plugin": "shopifyy" },
                { "name": "nps", "plugin": "surveys-csv", "schedule": "every 5 minutes",
                  "options": { "directory": "${env:NPS_FOLDER}", "scale": "nps-0-10", "columns": { "score": "s", "submittedAt": "t" } } },
                { "name": "csat", "plugin": "surveys-csv",
                  "options": { "directory": "x", "scale": "csat-1-5", "batchSize": "many", "columns": { "score": "s", "submittedAt": "t" } } }
              ],
              "routes": [ { "name": "bad", "to": "helpdesk" } ]
            }
            """);

        Assert.Equal(
            ["$.connectors[0].plugin", "$.connectors[1].options.directory", "$.connectors[1].schedule", "$.connectors[2].options.batchSize", "$.routes[0].to"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains("unknown plugin 'shopifyy'", Single(errors, "$.connectors[0].plugin"), StringComparison.Ordinal);
        Assert.Contains("surveys-csv", Single(errors, "$.connectors[0].plugin"), StringComparison.Ordinal);
        Assert.Contains("not a valid Quartz cron expression", Single(errors, "$.connectors[1].schedule"), StringComparison.Ordinal);
        Assert.Contains("NPS_FOLDER", Single(errors, "$.connectors[1].options.directory"), StringComparison.Ordinal);
        Assert.Contains("expected a whole number", Single(errors, "$.connectors[2].options.batchSize"), StringComparison.Ordinal);
        Assert.Contains("unknown route target 'helpdesk'", Single(errors, "$.routes[0].to"), StringComparison.Ordinal);
    }

    [Fact]
    public void Plugin_rules_unknown_options_and_missing_fields_are_all_reported_at_once()
    {
        var errors = Validate("""
            { "connectors": [ { "name": "nps", "plugin": "surveys-csv",
                "options": { "scale": "nps-0-11", "delimter": ";", "batchSize": 0, "columns": { "score": "s" } } } ] }
            """);

        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("$.connectors[0].options.delimter", paths);
        Assert.Contains("$.connectors[0].options.directory", paths);
        Assert.Contains("$.connectors[0].options.scale", paths);
        Assert.Contains("$.connectors[0].options.batchSize", paths);
        Assert.Contains("$.connectors[0].options.columns.submittedAt", paths);
        Assert.Equal(paths.Count, paths.Distinct().Count());
    }

    [Fact]
    public void A_valid_file_binds_typed_options_with_secrets_resolved()
    {
        _dir.File("token.txt", "s3cret-from-file\n");
        var path = _dir.File("connectors.json", """
            { "store": { "connectionString": "Data Source=data/x.db" },
              "connectors": [ { "name": "nps", "plugin": "surveys-csv", "schedule": "0 */15 * * * ?",
                "options": { "directory": "${env:FOLDER}/${file:token.txt}", "scale": "nps-0-10", "columns": { "score": "s", "submittedAt": "t" } } } ] }
            """);
        var errors = new List<ConfigError>();
        var config = ConfigFileReader.Read(path, errors)!;
        var redactor = new SecretRedactor();
        var validated = new ConfigValidator(TestHosts.Catalog(), new SecretResolver(redactor, n => n == "FOLDER" ? "exports" : null, _dir.Path))
            .Validate(config, errors);

        Assert.Empty(errors);
        var options = validated!.Find("nps")!.Options;
        Assert.Equal("exports/s3cret-from-file", options.GetType().GetProperty("Directory")!.GetValue(options));
        // Every resolved value counts as a secret, whatever its source.
        Assert.Equal("***/***", redactor.Redact("exports/s3cret-from-file"));
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var errors = Validate("{\n  \"connectors\": [\n    { \"name\": \"a\" \n  ]\n}");

        var error = Assert.Single(errors);
        Assert.Contains("connectors.json:4", error.Path, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shape_errors_name_unknown_settings_wrong_types_and_duplicates()
    {
        var errors = Validate("""
            { "stor": {}, "store": { "provider": "oracle" },
              "connectors": [ { "name": "a", "plugin": "surveys-csv", "schedule": 5 }, { "name": "A", "plugin": "nope" }, { "plugin": "x" } ] }
            """);

        var byPath = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(e => e.Message)));
        Assert.Contains("unknown setting", byPath["$.stor"], StringComparison.Ordinal);
        Assert.Contains("unknown store provider 'oracle'", byPath["$.store.provider"], StringComparison.Ordinal);
        Assert.Contains("expected a string", byPath["$.connectors[0].schedule"], StringComparison.Ordinal);
        Assert.Contains("must be unique", byPath["$.connectors[1].name"], StringComparison.Ordinal);
        Assert.Equal("is required", byPath["$.connectors[2].name"]);
    }

    [Fact]
    public void Listening_beyond_loopback_needs_an_api_key()
    {
        var open = Validate("""{ "web": { "urls": "http://0.0.0.0:5080;ftp://x" } }""");
        var keyed = Validate("""{ "web": { "urls": "http://0.0.0.0:5080", "apiKey": "${env:KEY}" } }""", n => n == "KEY" ? "k-123456" : null);

        Assert.Contains(open, e => e.Path == "$.web.apiKey" && e.Message.Contains("needs an API key", StringComparison.Ordinal));
        Assert.Contains(open, e => e.Path == "$.web.urls" && e.Message.Contains("'ftp://x' is not an http(s) URL", StringComparison.Ordinal));
        Assert.Empty(keyed);
    }

    private static string Single(List<ConfigError> errors, string path) => Assert.Single(errors, e => e.Path == path).Message;
}
