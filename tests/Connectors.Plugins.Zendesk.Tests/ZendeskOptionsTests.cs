using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Plugins.Zendesk.Templates;

namespace Connectors.Plugins.Zendesk.Tests;

public sealed class ZendeskOptionsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static Dictionary<string, string> Validate(ZendeskOptions options)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(options);
        Validator.TryValidateObject(options, context, results, validateAllProperties: true);

        // The host runs the cross-field rules even when an attribute failed; do the same.
        if (results.Count > 0)
        {
            results.AddRange(options.Validate(context));
        }

        return results
            .SelectMany(r => r.MemberNames.Select(m => (Member: m, Message: r.ErrorMessage ?? "")))
            .GroupBy(r => r.Member)
            .ToDictionary(g => g.Key, g => g.First().Message);
    }

    private static ZendeskOptions Valid() => new() { Subdomain = "acme", Email = "ops@acme.com", ApiToken = "token" };

    [Fact]
    public void Defaults_are_set()
    {
        var options = new ZendeskOptions();

        Assert.Equal(200, options.RequestsPerMinute);
        Assert.Equal(20, options.BatchSize);
        Assert.Equal(Priority.Normal, options.DefaultPriority);
        Assert.Equal(DefaultTemplates.Subject, options.SubjectTemplate);
        Assert.Equal(DefaultTemplates.Body, options.BodyTemplate);
        Assert.Empty(options.Tags);
        Assert.False(options.PublicComments);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestTimeout);
    }

    [Fact]
    public void Valid_options_pass_and_derive_the_base_address()
    {
        var options = Valid();

        Assert.Empty(Validate(options));
        Assert.Equal(new Uri("https://acme.zendesk.com"), options.BaseAddress);

        options.Subdomain = null;
        options.Endpoint = new Uri("http://127.0.0.1:5080");
        Assert.Empty(Validate(options));
        Assert.Equal(options.Endpoint, options.BaseAddress);
    }

    [Fact]
    public void Missing_required_options_are_reported_by_member()
    {
        var errors = Validate(new ZendeskOptions { BatchSize = 0, RequestsPerMinute = 0 });

        Assert.Equal(["ApiToken", "BatchSize", "Email", "RequestsPerMinute", "Subdomain"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("is required: a Zendesk API token, given as \"${env:NAME}\"", errors["ApiToken"]);
        Assert.StartsWith("is required unless endpoint is set", errors["Subdomain"], StringComparison.Ordinal);
        Assert.Equal("must be between 1 and 100", errors["BatchSize"]);
    }

    [Theory]
    [InlineData("acme.zendesk.com")]
    [InlineData("https://acme")]
    [InlineData("Acme")]
    [InlineData("-acme")]
    public void A_subdomain_with_more_than_the_name_is_refused(string subdomain)
    {
        var options = Valid();
        options.Subdomain = subdomain;

        Assert.StartsWith("must be the subdomain alone, such as \"acme\"", Validate(options)["Subdomain"], StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_values_are_each_reported()
    {
        var options = Valid();
        options.Email = "ops";
        options.Endpoint = new Uri("ftp://example.com");
        options.DefaultPriority = (Priority)7;
        options.Tags = ["voc", " "];
        options.RequestTimeout = TimeSpan.Zero;

        var errors = Validate(options);

        Assert.Equal("must be an email address; was \"ops\"", errors["Email"]);
        Assert.StartsWith("must be an absolute http(s) URL", errors["Endpoint"], StringComparison.Ordinal);
        Assert.Equal("must be one of low, normal, high, urgent; was 7", errors["DefaultPriority"]);
        Assert.Equal("must not hold empty tags", errors["Tags"]);
        Assert.StartsWith("must be between 00:00:01 and 00:05:00", errors["RequestTimeout"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_liquid_template_is_reported_on_its_member()
    {
        var options = Valid();
        options.SubjectTemplate = "{{ feedback.kind ";
        options.BodyTemplate = "{% if feedback.title %}no end";

        var errors = Validate(options);

        Assert.StartsWith("is not a valid Liquid template: ", errors["SubjectTemplate"], StringComparison.Ordinal);
        Assert.StartsWith("is not a valid Liquid template: ", errors["BodyTemplate"], StringComparison.Ordinal);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void The_options_bind_from_camel_case_json()
    {
        const string json = """
            { "subdomain": "acme", "email": "ops@acme.com", "apiToken": "t", "requestsPerMinute": 400, "batchSize": 50,
              "subjectTemplate": "{{ feedback.kind }}", "defaultPriority": "high", "tags": ["voc"], "publicComments": true,
              "requestTimeout": "00:00:10" }
            """;

        var options = JsonSerializer.Deserialize<ZendeskOptions>(json, Web)!;

        Assert.Empty(Validate(options));
        Assert.Equal(400, options.RequestsPerMinute);
        Assert.Equal(50, options.BatchSize);
        Assert.Equal(Priority.High, options.DefaultPriority);
        Assert.Equal(["voc"], options.Tags);
        Assert.True(options.PublicComments);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
    }
}
