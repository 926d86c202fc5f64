using System.ComponentModel.DataAnnotations;
using Connectors.Plugins.Amazon.Client;

namespace Connectors.Plugins.Amazon.Tests;

/// <summary>Options validation: every failure at once, each naming its member; marketplaces by id or country.</summary>
public sealed class AmazonOptionsTests
{
    [Fact]
    public void Every_problem_is_reported_at_once_with_its_member()
    {
        var options = new AmazonOptions
        {
            ClientId = "app",
            ClientSecret = "s",
            RefreshToken = "Atzr|x",
            Marketplaces = ["US", "Atlantis"],
            Endpoint = new Uri("http://user:pw@127.0.0.1:5080"),
            Asins = ["B0SHORT"],
            ReportPollInterval = TimeSpan.Zero,
        };

        var results = new List<ValidationResult>();
        var context = new ValidationContext(options);
        // The host runs the cross-field rules even when an attribute failed; do the same.
        if (!Validator.TryValidateObject(options, context, results, validateAllProperties: true))
        {
            results.AddRange(options.Validate(context));
        }

        Assert.Equal(
            ["Asins", "Endpoint", "Marketplaces", "ReportPollInterval"],
            results.SelectMany(r => r.MemberNames).Order(StringComparer.Ordinal));
        Assert.Contains(results, r => r.ErrorMessage!.Contains("\"Atlantis\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://sandbox.example.com", true)]
    [InlineData("http://127.0.0.1:5080", false)]
    [InlineData("https://sellingpartner.example.com", false)]
    public void An_endpoint_override_needs_https_unless_it_points_at_this_machine(string endpoint, bool refused)
    {
        var options = new AmazonOptions { ClientId = "app", ClientSecret = "s", RefreshToken = "Atzr|x", Marketplaces = ["US"], Endpoint = new Uri(endpoint) };

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.Equal(refused, results.Any(r => r.MemberNames.Contains("Endpoint") && r.ErrorMessage!.Contains("https", StringComparison.Ordinal)));
    }

    [Fact]
    public void Marketplaces_resolve_by_id_or_country_and_uk_is_gb()
    {
        var options = new AmazonOptions { Marketplaces = ["uk", "A1PA6795UKMFR9", "JP", "DE"] };

        Assert.Equal(["GB:eu", "DE:eu", "JP:fe"], options.ResolvedMarketplaces.Select(m => $"{m.CountryCode}:{m.Region}"));
    }

    [Theory]
    [InlineData(null, "eu", "https://sellingpartnerapi-eu.amazon.com/")]
    [InlineData("http://127.0.0.1:5080", "fe", "http://127.0.0.1:5080/fe/")]
    public void Regions_have_their_endpoint(string? endpoint, string region, string expected) =>
        Assert.Equal(expected, RegionEndpoint.For(region, endpoint is null ? null : new Uri(endpoint)).ToString());
}
