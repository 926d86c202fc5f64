using System.ComponentModel.DataAnnotations;

namespace Connectors.Plugins.HubSpot.Tests;

public sealed class HubSpotOptionsTests
{
    private static Dictionary<string, string> Validate(HubSpotOptions options)
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

    [Fact]
    public void Defaults_are_HubSpots_and_a_token_is_enough()
    {
        var options = new HubSpotOptions { AccessToken = "pat-na1-abc" };

        Assert.Empty(Validate(options));
        Assert.Equal(new Uri("https://api.hubapi.com"), options.Endpoint);
        Assert.Equal(100, options.RequestsPerTenSeconds);
        Assert.Equal(100, options.BatchSize);
        Assert.Equal("connectors_key", options.NotePropertyName);
    }

    [Fact]
    public void Every_problem_is_reported_by_member()
    {
        var errors = Validate(new HubSpotOptions { NotePropertyName = "", BatchSize = 101, RequestsPerTenSeconds = 0 });

        Assert.StartsWith("is required: a HubSpot private app access token", errors[nameof(HubSpotOptions.AccessToken)], StringComparison.Ordinal);
        Assert.Contains("${env:NAME}", errors[nameof(HubSpotOptions.AccessToken)], StringComparison.Ordinal);
        Assert.StartsWith("is required", errors[nameof(HubSpotOptions.NotePropertyName)], StringComparison.Ordinal);
        Assert.Equal("must be between 1 and 100 (HubSpot's largest batch)", errors[nameof(HubSpotOptions.BatchSize)]);
        Assert.StartsWith("must be between 1 and 250", errors[nameof(HubSpotOptions.RequestsPerTenSeconds)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://api.example.com", "must use https unless it points at this machine")]
    [InlineData("https://api.hubapi.com/?portal=1", "must be an absolute http(s) URL without a query")]
    [InlineData("ftp://api.hubapi.com", "must be an absolute http(s) URL")]
    public void The_endpoint_must_be_https_unless_local(string endpoint, string expected)
    {
        var errors = Validate(new HubSpotOptions { AccessToken = "pat-na1-abc", Endpoint = new Uri(endpoint) });

        Assert.StartsWith(expected, errors[nameof(HubSpotOptions.Endpoint)], StringComparison.Ordinal);
        Assert.Empty(Validate(new HubSpotOptions { AccessToken = "pat-na1-abc", Endpoint = new Uri("http://127.0.0.1:5080") }));
    }

    [Theory]
    [InlineData("hs_key")]
    [InlineData("Connectors-Key")]
    [InlineData("1key")]
    public void The_note_property_must_be_a_custom_property_name(string name)
    {
        var errors = Validate(new HubSpotOptions { AccessToken = "pat-na1-abc", NotePropertyName = name });

        Assert.Contains("must be a HubSpot property name", errors[nameof(HubSpotOptions.NotePropertyName)], StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_with_a_bearer_prefix_is_refused()
    {
        var errors = Validate(new HubSpotOptions { AccessToken = "Bearer pat-na1-abc" });

        Assert.Equal("must be the token alone, without spaces or a \"Bearer \" prefix", errors[nameof(HubSpotOptions.AccessToken)]);
    }
}
