using System.ComponentModel.DataAnnotations;
using Connectors.Plugins.Meta.Tests.Support;

namespace Connectors.Plugins.Meta.Tests;

/// <summary>Each channel needs its own ids; a Graph base with or without its trailing slash reaches the same API.</summary>
public sealed class MetaOptionsTests
{
    private static List<ValidationResult> Validate(MetaOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static MetaOptions Valid(string channel) => new()
    {
        Channel = channel, AccessToken = "t", AppSecret = "s", VerifyToken = "v",
        PhoneNumberId = "106540352242922", WabaId = "102290129340398", PageId = "108672349561204", InstagramAccountId = "17841405822304914",
    };

    [Theory]
    [InlineData("whatsapp", "PhoneNumberId")]
    [InlineData("messenger", "PageId")]
    [InlineData("instagram", "InstagramAccountId")]
    public void A_channel_without_its_id_is_refused_at_that_option(string channel, string member)
    {
        var options = Valid(channel);
        typeof(MetaOptions).GetProperty(member)!.SetValue(options, null);

        var failure = Assert.Single(Validate(options));

        Assert.Equal([member], failure.MemberNames);
        Assert.Contains(channel, failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(Validate(Valid(channel)));
    }

    [Fact]
    public async Task A_graph_endpoint_without_its_trailing_slash_reaches_the_same_api()
    {
        await using var meta = await MetaFixture.StartAsync();
        var options = MetaFixture.Options(meta.Sandbox, "messenger");
        options.GraphEndpoint = new Uri(options.GraphEndpoint.AbsoluteUri.TrimEnd('/'));

        var check = await meta.Source(options).CheckAsync(CancellationToken.None);

        Assert.True(check.Ok, check.Message);
    }
}
