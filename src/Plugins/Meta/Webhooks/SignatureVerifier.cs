using System.Security.Cryptography;
using System.Text;
using Connectors.Abstractions;

namespace Connectors.Plugins.Meta.Webhooks;

/// <summary>
/// Checks <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of the raw body keyed with the app secret,
/// in constant time so a forger learns nothing from timing. The hex is compared as Meta writes it (lower case), text
/// to text, so a header with any character changed is refused. The legacy SHA-1 header is never enough.
/// </summary>
internal static class SignatureVerifier
{
    private const string Prefix = "sha256=";

    public static bool Verify(WebhookRequest request, string appSecret)
    {
        if (string.IsNullOrEmpty(appSecret) || Headers.Get(request, Headers.Signature)?.Trim() is not { } header
            || !header.StartsWith(Prefix, StringComparison.Ordinal) || header.Length != Prefix.Length + (HMACSHA256.HashSizeInBytes * 2))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), request.Body.Span, hash);
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash));
        var given = Encoding.ASCII.GetBytes(header[Prefix.Length..]);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
