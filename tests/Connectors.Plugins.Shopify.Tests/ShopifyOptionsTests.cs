using System.ComponentModel.DataAnnotations;

namespace Connectors.Plugins.Shopify.Tests;

public sealed class ShopifyOptionsTests
{
    private static Dictionary<string, string> Validate(ShopifyOptions options)
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

    private static ShopifyOptions Valid() => new() { ShopDomain = "acme-eu.myshopify.com", AccessToken = "shpat_x" };

    [Fact]
    public void Defaults_are_set()
    {
        var options = new ShopifyOptions();

        Assert.Equal("2025-01", options.ApiVersion);
        Assert.Equal(250, options.PageSize);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Overlap);
        Assert.Equal(TimeSpan.FromDays(7), options.BulkThreshold);
        Assert.Equal(TimeSpan.FromSeconds(2), options.BulkPollInterval);
        Assert.True(options.UseBulk);
        Assert.Null(options.Endpoint);
        Assert.Null(options.WebhookSecret);
    }

    [Fact]
    public void Valid_options_pass_and_derive_the_base_address_and_handle()
    {
        var options = Valid();
        options.ApiVersion = "2025-10";

        Assert.Empty(Validate(options));
        Assert.Equal(new Uri("https://acme-eu.myshopify.com"), options.BaseAddress);
        Assert.Equal("acme-eu", options.ShopHandle);

        options.Endpoint = new Uri("http://127.0.0.1:5080");
        Assert.Empty(Validate(options));
        Assert.Equal(options.Endpoint, options.BaseAddress);
    }

    [Fact]
    public void Missing_required_options_are_reported_by_member()
    {
        var errors = Validate(new ShopifyOptions { PageSize = 0 });

        Assert.Equal(["AccessToken", "PageSize", "ShopDomain"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("is required: an Admin API access token with read_customers and read_orders, given as \"${env:NAME}\"", errors["AccessToken"]);
        Assert.Equal("must be between 1 and 250 (Shopify's largest page)", errors["PageSize"]);
    }

    [Theory]
    [InlineData("acme.com")]
    [InlineData("https://acme.myshopify.com")]
    [InlineData("acme.myshopify.com/admin")]
    [InlineData("-acme.myshopify.com")]
    [InlineData("acme_eu.myshopify.com")]
    public void A_shop_domain_not_of_the_myshopify_shape_is_refused(string domain)
    {
        var options = Valid();
        options.ShopDomain = domain;

        Assert.StartsWith("must be the shop's myshopify.com domain, such as \"acme-eu.myshopify.com\"", Validate(options)["ShopDomain"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-02")]
    [InlineData("2025-1")]
    [InlineData("25-01")]
    [InlineData("unstable")]
    [InlineData("2025-13")]
    public void An_api_version_not_yyyy_mm_of_a_quarter_is_refused(string version)
    {
        var options = Valid();
        options.ApiVersion = version;

        Assert.Equal(
            $"must be a Shopify API version YYYY-MM with month 01, 04, 07 or 10, such as \"2025-04\"; was \"{version}\"",
            Validate(options)["ApiVersion"]);
    }

    [Fact]
    public void Every_rule_failure_is_reported_at_once()
    {
        var options = Valid();
        options.Endpoint = new Uri("ftp://127.0.0.1/");
        options.PageSize = 251;
        options.Overlap = TimeSpan.FromMinutes(-1);
        options.BulkThreshold = TimeSpan.FromSeconds(-1);
        options.BulkPollInterval = TimeSpan.Zero;

        var errors = Validate(options);

        Assert.Equal(["BulkPollInterval", "BulkThreshold", "Endpoint", "Overlap", "PageSize"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("must be an absolute http(s) URL", errors["Endpoint"], StringComparison.Ordinal);
    }
}
