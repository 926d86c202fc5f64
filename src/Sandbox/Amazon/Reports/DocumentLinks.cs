using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Sandbox.Amazon.Reports;

/// <summary>
/// Presigned document URLs in S3's style (<c>X-Amz-Date</c>, <c>X-Amz-Expires</c>, <c>X-Amz-Signature</c>), signed
/// with a key of the sandbox so a changed date or lifetime is refused; they expire on the sandbox clock.
/// </summary>
internal sealed class DocumentLinks(int seed, Func<AmazonKnobs> knobs)
{
    public const string PathPrefix = "/_sandbox/amazon/documents/";
    private readonly byte[] _key = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"sandbox-s3-{seed}"));

    public Uri Create(Uri baseUrl, string documentId, DateTimeOffset now)
    {
        var date = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var expires = knobs().DocumentUrlSeconds.ToString(CultureInfo.InvariantCulture);
        var query = $"X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date={date}&X-Amz-Expires={expires}&X-Amz-SignedHeaders=host&X-Amz-Signature={Sign(documentId, date, expires)}";
        return new Uri(baseUrl, PathPrefix + Uri.EscapeDataString(documentId) + "?" + query);
    }

    /// <summary>Null when the link is good at <paramref name="now"/>, else S3's error code and message.</summary>
    public (string Code, string Message)? Check(string documentId, string? date, string? expires, string? signature, DateTimeOffset now)
    {
        if (date is null || expires is null || signature is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(documentId, date, expires)), Encoding.ASCII.GetBytes(signature)))
        {
            return ("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
        }

        var signedAt = DateTimeOffset.ParseExact(date, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return now > signedAt.AddSeconds(int.Parse(expires, CultureInfo.InvariantCulture)) ? ("AccessDenied", "Request has expired") : null;
    }

    private string Sign(string documentId, string date, string expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{documentId}\n{date}\n{expires}")));
}
