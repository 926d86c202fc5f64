using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Plugins.Webhook.Client;

/// <summary>
/// Signs a delivery: HMAC-SHA256 keyed with the secret over the ASCII timestamp, a dot, and the exact body bytes, as
/// lower-case hex. The timestamp is inside the signature so a receiver that refuses old timestamps refuses replays.
/// </summary>
public static class DeliverySignature
{
    /// <summary>The <c>X-Connectors-Signature</c> value, <c>sha256=&lt;hex&gt;</c>.</summary>
    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return DeliveryHeaders.SignaturePrefix + Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
