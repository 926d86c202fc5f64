using System.Security.Cryptography;
using System.Text;
using Connectors.Abstractions;

namespace Connectors.Plugins.Meta.Webhooks;

/// <summary>
/// Checks <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 of the raw body keyed with the app secret,
/// in constant time so a forger learns nothing from timing. The legacy SHA-1 header is never enough.
/// </summary>
internal static class SignatureVerifier
{
    private const string Prefix = "sha256=";

    public static bool Verify(WebhookRequest request, string appSecret)
    {
        if (string.IsNullOrEmpty(appSecret) || Headers.Get(request, Headers.Signature)?.Trim() is not { } header
            || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + (HMACSHA256.HashSizeInBytes * 2))
        {
            return false;
        }

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (Convert.FromHexString(header.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done || written != given.Length)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), request.Body.Span, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
