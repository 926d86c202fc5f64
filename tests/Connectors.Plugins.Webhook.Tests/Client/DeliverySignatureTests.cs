using System.Text;
using Connectors.Plugins.Webhook.Client;

namespace Connectors.Plugins.Webhook.Tests.Client;

public sealed class DeliverySignatureTests
{
    [Fact]
    public void The_signature_is_hex_hmac_sha256_of_the_timestamp_a_dot_and_the_body()
    {
        // Computed independently, in one piece, as a receiver would: the ASCII timestamp, a dot, then the body bytes.
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");

        var signature = DeliverySignature.Compute("0123456789abcdef", 1717243200, body);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes("0123456789abcdef"), Encoding.UTF8.GetBytes("1717243200.{\"a\":1}")));
        Assert.Equal("sha256=" + expected, signature);
        Assert.Equal(7 + 64, signature.Length);
    }

    [Fact]
    public void Another_timestamp_or_body_byte_changes_the_signature()
    {
        var body = Encoding.UTF8.GetBytes("{\"a\":1}");
        var signature = DeliverySignature.Compute("0123456789abcdef", 1717243200, body);

        Assert.NotEqual(signature, DeliverySignature.Compute("0123456789abcdef", 1717243201, body));
        Assert.NotEqual(signature, DeliverySignature.Compute("0123456789abcdef", 1717243200, Encoding.UTF8.GetBytes("{\"a\":2}")));
    }

    [Theory]
    [InlineData("alerts:alert:damaged", "alerts:alert:damaged")]
    [InlineData("shop:feedback:レビュー", "shop%3Afeedback%3A%E3%83%AC%E3%83%93%E3%83%A5%E3%83%BC")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    public void Delivery_keys_are_made_header_safe_only_when_needed(string key, string header)
    {
        Assert.Equal(header, WebhookClient.HeaderSafe(key));
    }
}
