using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Sandbox.Webhook.Api;

/// <summary>
/// Verifies a signed delivery as a careful receiver would: <c>X-Connectors-Signature</c> must be
/// <c>sha256=</c> + hex HMAC-SHA256(secret, "{timestamp}.{body}") compared in constant time, and
/// <c>X-Connectors-Timestamp</c> must be within the tolerance of the receiver's clock, so a captured delivery cannot be replayed later.
/// </summary>
internal static class SignatureCheck
{
    /// <summary>The refusal's code and message, or null when the delivery is genuine and fresh.</summary>
    public static (string Code, string Message)? Problem(HookRequest request)
    {
        var knobs = request.Knobs;
        if (request.Header(WebhookHeaders.Signature) is not { } header || request.Timestamp is not { } timestamp)
        {
            return ("missing_signature", $"{WebhookHeaders.Signature} and {WebhookHeaders.Timestamp} are required: set the sink's secret to the receiver's");
        }

        var expected = Encoding.ASCII.GetBytes(WebhookHeaders.SignaturePrefix + Compute(knobs.Secret, timestamp, request.Body));

        // Several signatures may be sent while a secret is rotated; one match is enough.
        var matched = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate.ToLowerInvariant()), expected));
        if (!matched)
        {
            return ("invalid_signature", $"{WebhookHeaders.Signature} does not match the body and timestamp under the receiver's secret: the secrets differ, or the body was changed on the way");
        }

        var skew = Math.Abs(request.Now.ToUnixTimeSeconds() - timestamp);
        return skew > knobs.ToleranceSeconds
            ? ("stale_timestamp", string.Create(CultureInfo.InvariantCulture,
                $"{WebhookHeaders.Timestamp} {timestamp} is {skew} s from the receiver's clock, more than the {knobs.ToleranceSeconds} s allowed: refused as a replay"))
            : null;
    }

    /// <summary>Lower-case hex HMAC-SHA256 of <c>"{timestamp}." + body</c>.</summary>
    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
