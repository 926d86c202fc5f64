using Connectors.Abstractions;
using Connectors.Host.Configuration;
using Connectors.Host.Logging;
using Connectors.Host.Metrics;
using Connectors.Host.Tests.Support;

namespace Connectors.Host.Tests.Configuration;

/// <summary>The identity, enrichment, topics, alerts and richer routes sections: bound from one declaration each, every mistake with its path.</summary>
public sealed class ConfigSectionTests : IDisposable
{
    private const string Connectors = """
        "connectors": [
          { "name": "nps", "plugin": "surveys-csv", "region": "DE",
            "options": { "directory": "x", "scale": "nps-0-10", "columns": { "score": "s", "submittedAt": "t" } } },
          { "name": "helpdesk", "plugin": "zendesk", "options": { "subdomain": "acme", "email": "ops@acme.com", "apiToken": "t" } },
          { "name": "crm", "plugin": "hubspot", "options": { "accessToken": "pat-na1-00000000-0000-4000-8000-000000000000" } }
        ]
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private (ValidatedConfig? Config, List<ConfigError> Errors) Validate(string sections)
    {
        var path = _dir.File("connectors.json", $$"""{ {{Connectors}}, {{sections}} }""");
        var errors = new List<ConfigError>();
        var config = ConfigFileReader.Read(path, errors);
        var validated = config is null ? null : new ConfigValidator(TestHosts.Catalog(), new SecretResolver(new SecretRedactor(), _ => null, _dir.Path)).Validate(config, errors);
        return (validated, errors);
    }

    [Fact]
    public void Every_section_binds_from_its_json()
    {
        _dir.File("bad-review.liquid", "{{ feedback.text }}");
        var (config, errors) = Validate("""
            "routes": [ { "name": "bad", "to": ["helpdesk", "crm"], "priority": "URGENT", "template": "bad-review.liquid",
                          "when": { "channels": "trustpilot", "sentiment": ["negative"], "topics": ["damaged", "delivery"], "ratingAtMost": 0.25,
                                    "priorityAtLeast": "high", "countries": ["DE"], "consent": ["email_marketing"] } } ],
            "identity": { "matchOn": ["email", "order"], "defaultRegion": "US" },
            "enrichment": { "language": { "languages": ["en", "de"] }, "sentiment": { "enabled": false },
                            "priority": { "rules": [ { "name": "repeat-buyer", "when": { "sentiment": "negative", "customerOrdersAtLeast": 2 }, "priority": "urgent" } ] } },
            "topics": { "add": { "warranty": { "en": ["warranty"], "de": ["garantie"] } }, "remove": ["price"] }
            """);

        Assert.Empty(errors);
        var source = config!.Source;
        var route = Assert.Single(source.Routes);
        Assert.Equal(["helpdesk", "crm"], route.To);
        Assert.Equal(Priority.Urgent, route.Priority);
        Assert.Equal(["trustpilot"], route.When!.Channels);
        Assert.Equal(Priority.High, route.When.PriorityAtLeast);
        Assert.Equal(["email", "order"], source.Identity.MatchOn);
        Assert.False(source.Enrichment.Sentiment.Enabled);
        Assert.True(source.Enrichment.Topics.Enabled);
        Assert.Equal(2, Assert.Single(source.Enrichment.Priority.Rules!).When!.CustomerOrdersAtLeast);
        Assert.Equal(["garantie"], source.Topics.Add["warranty"]["de"]);
        Assert.Equal("DE", config.Find("nps")!.Config.Region);
    }

    [Fact]
    public void Mistakes_in_the_new_sections_are_each_reported_at_their_path()
    {
        var (_, errors) = Validate("""
            "routes": [ { "name": "bad", "to": ["helpdesk", "slack"], "priority": "asap",
                          "when": { "sentiment": ["angry"], "ratingAtMost": 4, "topic": ["damaged"] } } ],
            "identity": { "matchOn": ["email", "name"] },
            "enrichment": { "langauge": {}, "plugins": ["ai"], "priority": { "rules": [ { "name": "x", "when": {}, "priority": 3 } ] } },
            "alerts": [ { "name": "spike", "when": { "topics": ["damaged"] }, "to": "helpdesk", "by": "planet" } ]
            """);

        var byPath = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(e => e.Message)));
        Assert.Contains("unknown route target 'slack'", byPath["$.routes[0].to[1]"], StringComparison.Ordinal);
        Assert.Contains("expected one of: low, normal, high, urgent, got the string \"asap\"", byPath["$.routes[0].priority"], StringComparison.Ordinal);
        Assert.Contains("'angry' is not a sentiment", byPath["$.routes[0].when.sentiment"], StringComparison.Ordinal);
        Assert.Contains("must be between 0 and 1", byPath["$.routes[0].when.ratingAtMost"], StringComparison.Ordinal);
        Assert.Contains("unknown setting; expected one of: channels, kinds", byPath["$.routes[0].when.topic"], StringComparison.Ordinal);
        Assert.Contains("'name' is not an identity key", byPath["$.identity.matchOn"], StringComparison.Ordinal);
        Assert.Contains("unknown setting", byPath["$.enrichment.langauge"], StringComparison.Ordinal);
        Assert.Contains("no connector named 'ai'", byPath["$.enrichment.plugins[0]"], StringComparison.Ordinal);
        Assert.Contains("got the number 3", byPath["$.enrichment.priority.rules[0].priority"], StringComparison.Ordinal);
        Assert.Contains("needs a threshold", byPath["$.alerts[0].factor"], StringComparison.Ordinal);
        Assert.Contains("does not take alerts", byPath["$.alerts[0].to"], StringComparison.Ordinal);
        Assert.Contains("expected one of: none, channel, kind, topic, language, country, got the string \"planet\"", byPath["$.alerts[0].by"], StringComparison.Ordinal);
        Assert.Equal(12, errors.Count);
    }

    [Fact]
    public void A_connector_region_must_be_a_country_code() =>
        Assert.Contains(ValidateRegion("Germany"), e => e.Path == "$.connectors[0].region" && e.Message.Contains("not an ISO 3166-1 country code", StringComparison.Ordinal));

    [Fact]
    public void Alert_metrics_are_spelled_in_snake_case()
    {
        var (config, errors) = Validate("""
            "alerts": [ { "name": "csat-drop", "metric": "average_rating", "below": 0.5, "to": "helpdesk" } ]
            """);

        // The helpdesk takes no alerts, so the file is invalid; the metric itself was read.
        Assert.Null(config);
        Assert.Equal(AlertMetric.AverageRating, ConfigFileReader.Read(Path.Combine(_dir.Path, "connectors.json"), [])!.Alerts[0].Metric);
        Assert.Equal("$.alerts[0].to", Assert.Single(errors).Path);
    }

    [Fact]
    public void Review_requests_need_a_plugin_that_sends_them_and_a_sane_hold()
    {
        var withRequests = Connectors.Replace("\"region\": \"DE\",", "\"region\": \"DE\", \"reviewRequests\": { \"enabled\": true, \"holdAfterNegativeDays\": 400 },", StringComparison.Ordinal);
        var path = _dir.File("requests.json", $$"""{ {{withRequests}} }""");
        var errors = new List<ConfigError>();
        var config = ConfigFileReader.Read(path, errors)!;

        Assert.Null(new ConfigValidator(TestHosts.Catalog(), new SecretResolver(new SecretRedactor(), _ => null, _dir.Path)).Validate(config, errors));

        Assert.Contains(errors, e => e.Path == "$.connectors[0].reviewRequests.enabled" && e.Message.Contains("cannot send review requests", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.connectors[0].reviewRequests.holdAfterNegativeDays" && e.Message.Contains("between 0", StringComparison.Ordinal));
    }

    private List<ConfigError> ValidateRegion(string region)
    {
        var path = _dir.File("region.json", $$"""{ {{Connectors.Replace("\"DE\"", $"\"{region}\"", StringComparison.Ordinal)}} }""");
        var errors = new List<ConfigError>();
        var config = ConfigFileReader.Read(path, errors)!;
        new ConfigValidator(TestHosts.Catalog(), new SecretResolver(new SecretRedactor(), _ => null, _dir.Path)).Validate(config, errors);
        return errors;
    }
}
