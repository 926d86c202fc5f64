using System.ComponentModel.DataAnnotations;
using Connectors.PluginSdk.Options;

namespace Connectors.PluginSdk.Tests.Options;

public sealed class HttpEndpointAttributeTests
{
    private sealed class Strict
    {
        [HttpEndpoint(Example = "https://api.example.com")]
        public Uri? Endpoint { get; set; }
    }

    private sealed class SecretUrl
    {
        [HttpEndpoint(AllowHttp = true, AllowQuery = true, HideValue = true)]
        public Uri? Url { get; set; }
    }

    private static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Theory]
    [InlineData("https://api.example.com/v2/")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    public void Https_and_this_machine_pass(string url) =>
        Assert.Empty(Validate(new Strict { Endpoint = new Uri(url) }));

    [Fact]
    public void Null_passes_so_required_says_it_instead() => Assert.Empty(Validate(new Strict()));

    [Theory]
    [InlineData("ftp://api.example.com", "must be an absolute http(s) URL without a query, a #fragment or user:password")]
    [InlineData("/relative", "must be an absolute http(s) URL without a query, a #fragment or user:password")]
    [InlineData("https://api.example.com/?key=1", "must be an absolute http(s) URL without a query, a #fragment or user:password")]
    [InlineData("https://api.example.com/#v2", "must be an absolute http(s) URL without a query, a #fragment or user:password")]
    [InlineData("http://api.example.com", "must use https unless it points at this machine")]
    public void Other_urls_fail_under_the_members_name(string url, string expected)
    {
        var error = Assert.Single(Validate(new Strict { Endpoint = new Uri(url, UriKind.RelativeOrAbsolute) }));

        Assert.StartsWith(expected, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(url, error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(["Endpoint"], error.MemberNames);
    }

    [Fact]
    public void A_password_in_the_url_is_never_repeated()
    {
        var error = Assert.Single(Validate(new Strict { Endpoint = new Uri("https://me:hunter2@api.example.com") }));

        Assert.DoesNotContain("hunter2", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_url_is_not_repeated_and_may_be_http_with_a_query()
    {
        Assert.Empty(Validate(new SecretUrl { Url = new Uri("http://hooks.internal/voc?key=abc") }));
        var error = Assert.Single(Validate(new SecretUrl { Url = new Uri("ftp://hooks.internal/T0/secret-token") }));

        Assert.StartsWith("must be an absolute http(s) URL without a #fragment or user:password", error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", error.ErrorMessage, StringComparison.Ordinal);
    }
}
