using System.Security.Cryptography;
using System.Text;
using Connectors.Abstractions;

namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>
/// Checks <c>X-Shopify-Hmac-SHA256</c>: the base64 HMAC-SHA256 of the raw body keyed with the app's client secret,
/// compared in constant time so a forger learns nothing from timing.
/// </summary>
internal static class WebhookVerifier
{
    public static bool Verify(WebhookRequest request, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || WebhookHeaders.Get(request, WebhookHeaders.Hmac) is not { Length: > 0 } header)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[64];
        if (!Convert.TryFromBase64String(header.Trim(), given, out var length) || length != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), request.Body.Span, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given[..length]);
    }
}
