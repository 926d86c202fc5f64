using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Connectors.Plugins.Webhook.Tests;

public sealed class WebhookOptionsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static Dictionary<string, List<string>> Validate(WebhookOptions options)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(options);
        Validator.TryValidateObject(options, context, results, validateAllProperties: true);

        // The host runs the cross-field rules even when an attribute failed, and reports each error once; do the same.
        results.AddRange(options.Validate(context));
        return results
            .SelectMany(r => r.MemberNames.Select(m => (Member: m, Message: r.ErrorMessage ?? "")))
            .Distinct()
            .GroupBy(r => r.Member)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Message).ToList());
    }

    private static WebhookOptions Valid() => new() { Url = new Uri("https://hooks.example.com/voc"), Secret = "0123456789abcdef0123" };

    [Fact]
    public void Defaults_are_set()
    {
        var options = new WebhookOptions();

        Assert.Null(options.Url);
        Assert.Null(options.Secret);
        Assert.Equal(WebhookFormat.Json, options.Format);
        Assert.Null(options.BodyTemplate);
        Assert.Empty(options.Headers);
        Assert.Equal(60, options.RequestsPerMinute);
        Assert.Equal(10, options.BatchSize);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
    }

    [Fact]
    public void Valid_options_pass_with_and_without_a_secret()
    {
        var options = Valid();
        Assert.Empty(Validate(options));

        options.Secret = null;
        options.Url = new Uri("http://127.0.0.1:5080/hooks/connectors");
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Every_failure_is_reported_on_its_member_at_once()
    {
        var options = new WebhookOptions
        {
            Secret = "short",
            Format = (WebhookFormat)9,
            RequestsPerMinute = 0,
            BatchSize = 101,
            RequestTimeout = TimeSpan.FromMinutes(6),
            Headers = new Dictionary<string, string> { ["Bad Name"] = "x" },
            BodyTemplate = "{{ text ",
        };

        var errors = Validate(options);

        Assert.Equal(["BatchSize", "BodyTemplate", "Format", "Headers", "RequestTimeout", "RequestsPerMinute", "Secret", "Url"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("is required: the receiver's absolute http(s) URL", errors["Url"][0], StringComparison.Ordinal);
        Assert.StartsWith("must be at least 16 characters", errors["Secret"][0], StringComparison.Ordinal);
        Assert.Equal("must be one of json, slack, teams; was 9", errors["Format"][0]);
        Assert.Equal("must be between 1 and 100", errors["BatchSize"][0]);
        Assert.StartsWith("must be between 1 and 6000 requests per minute", errors["RequestsPerMinute"][0], StringComparison.Ordinal);
        Assert.Equal("must be between 00:00:01 and 00:05:00; was \"00:06:00\"", errors["RequestTimeout"][0]);
    }

    [Theory]
    [InlineData("ftp://hooks.example.com/voc")]
    [InlineData("/hooks/voc")]
    [InlineData("https://user:pass@hooks.example.com/services/T0/B0/secret-token")]
    public void A_url_that_is_not_absolute_http_is_refused_without_repeating_it(string url)
    {
        var options = Valid();
        options.Url = new Uri(url, UriKind.RelativeOrAbsolute);

        var error = Assert.Single(Validate(options)["Url"]);

        Assert.StartsWith("must be an absolute http(s) URL without a #fragment or user:password", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" 0123456789abcdef0123")]
    [InlineData("0123456789abcde")]
    public void A_weak_or_padded_secret_is_refused(string secret)
    {
        var options = Valid();
        options.Secret = secret;

        Assert.StartsWith("must be at least 16 characters without leading or trailing spaces", Assert.Single(Validate(options)["Secret"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_the_sink_sets_itself_invalid_names_and_multi_line_values_are_each_refused()
    {
        var options = Valid();
        options.Headers = new Dictionary<string, string>
        {
            ["Authorization"] = "Bearer ok",
            ["Content-Type"] = "text/plain",
            ["X-Connectors-Delivery"] = "mine",
            ["X Bad"] = "v",
            ["X-Token"] = "line1\r\nInjected: yes",
        };

        var errors = Validate(options)["Headers"];

        Assert.Equal(
            [
                "\"Content-Type\" is set by the sink itself; remove it from headers",
                "\"X-Connectors-Delivery\" is set by the sink itself; remove it from headers",
                "\"X Bad\" is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
                "the value of \"X-Token\" must be one line of text",
            ],
            errors);
        Assert.DoesNotContain(errors, e => e.Contains("line1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_liquid_template_is_reported_with_the_parsers_message()
    {
        var options = Valid();
        options.BodyTemplate = "{% if alert %}{\"text\": {{ alert.message | json }}}";

        var error = Assert.Single(Validate(options)["BodyTemplate"]);

        Assert.StartsWith("is not a valid Liquid template: ", error, StringComparison.Ordinal);
        Assert.True(error.Length > "is not a valid Liquid template: ".Length + 5, error);
    }

    [Fact]
    public void A_template_that_puts_text_into_json_without_the_json_filter_is_refused_at_validation()
    {
        var options = Valid();
        options.BodyTemplate = "{\"text\": \"{{ text }}\"}";

        var error = Assert.Single(Validate(options)["BodyTemplate"]);

        Assert.StartsWith("must render JSON, but renders text that is not JSON for a sample alert, feedback and customer item (alert: line ", error, StringComparison.Ordinal);
        Assert.EndsWith("write values with the json filter, which quotes and escapes them, as in {\"text\": {{ text | json }}}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": {{ text | json }}}")]
    [InlineData("{% if alert %}{\"alert\": {{ alert.rule | json }}}{% else %}{\"skip\": true}{% endif %}")]
    [InlineData("{\"data\": {{ envelope_json }}, \"rule\": {{ alert.rule | json }}}")]
    public void A_template_that_renders_json_passes(string template)
    {
        var options = Valid();
        options.BodyTemplate = template;

        Assert.Empty(Validate(options));
    }

    [Fact]
    public void An_empty_template_is_refused()
    {
        var options = Valid();
        options.BodyTemplate = " ";

        Assert.Equal("must not be empty; leave it out to use format", Assert.Single(Validate(options)["BodyTemplate"]));
    }

    [Fact]
    public void The_options_bind_from_camel_case_json()
    {
        const string json = """
            { "url": "https://hooks.slack.com/services/T0/B0/x", "format": "slack", "headers": { "X-Team": "ops" },
              "requestsPerMinute": 30, "batchSize": 5, "requestTimeout": "00:00:05" }
            """;

        var options = JsonSerializer.Deserialize<WebhookOptions>(json, Web)!;

        Assert.Empty(Validate(options));
        Assert.Equal(WebhookFormat.Slack, options.Format);
        Assert.Equal("ops", options.Headers["X-Team"]);
        Assert.Equal((30, 5, TimeSpan.FromSeconds(5)), (options.RequestsPerMinute, options.BatchSize, options.RequestTimeout));
    }

    [Fact]
    public void Null_headers_in_the_configuration_mean_none()
    {
        var options = JsonSerializer.Deserialize<WebhookOptions>("""{ "url": "https://hooks.example.com/voc", "headers": null }""", Web)!;

        Assert.Empty(options.Headers);
        Assert.Empty(Validate(options));
    }
}
