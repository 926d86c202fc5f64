using System.Security.Cryptography;
using System.Text;

namespace Connectors.Sandbox.Shopify.Webhooks;

/// <summary>Shopify's webhook signature: base64(HMAC-SHA256(client secret, raw body)).</summary>
public static class WebhookSigner
{
    /// <summary>The <c>X-Shopify-Hmac-SHA256</c> value for a body.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
