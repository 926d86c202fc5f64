using Connectors.Host.Normalization;

namespace Connectors.Host.Tests.Normalization;

public sealed class NormalizerTests
{
    [Theory]
    [InlineData(" Ada@Example.COM ", "ada@example.com")]
    [InlineData("not-an-email", null)]
    [InlineData("a@b@c", null)]
    [InlineData("", null)]
    public void Emails_are_trimmed_and_lower_cased(string input, string? expected) =>
        Assert.Equal(expected, EmailNormalizer.Normalize(input));

    [Theory]
    [InlineData("(415) 555-0199", "US", "+14155550199")]
    [InlineData("+49 30 901820", null, "+4930901820")]
    [InlineData("030 901820", "DE", "+4930901820")]
    [InlineData("0046 8 123 456 78", "DE", "+46812345678")]
    [InlineData("12", "US", null)]
    [InlineData("call me", "US", null)]
    public void Phones_become_E164_with_the_country_as_a_hint(string input, string? country, string? expected) =>
        Assert.Equal(expected, PhoneNormalizer.ToE164(input, country));
}
