using System.Security.Cryptography;
using System.Text;

namespace Connectors.Sandbox.Meta.Webhooks;

/// <summary>Meta's webhook signatures: lowercase hex HMAC of the exact body bytes with the app secret.</summary>
public static class MetaSignature
{
    /// <summary>The <c>X-Hub-Signature-256</c> value: <c>sha256=</c> and the hex HMAC-SHA256.</summary>
    public static string Sha256(string appSecret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));

#pragma warning disable CA5350 // Meta still sends the legacy SHA-1 header; the emulator must too, receivers should not rely on it.
    /// <summary>The legacy <c>X-Hub-Signature</c> value: <c>sha1=</c> and the hex HMAC-SHA1.</summary>
    public static string Sha1(string appSecret, ReadOnlySpan<byte> body) =>
        "sha1=" + Convert.ToHexStringLower(HMACSHA1.HashData(Encoding.UTF8.GetBytes(appSecret), body));
#pragma warning restore CA5350

    /// <summary>The <c>appsecret_proof</c> of an access token: hex HMAC-SHA256(app secret, token).</summary>
    public static string AppSecretProof(string appSecret, string accessToken) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(accessToken)));
}
