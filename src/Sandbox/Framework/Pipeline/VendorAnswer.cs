using System.Text;

namespace Connectors.Sandbox.Framework.Pipeline;

/// <summary>One answer of an emulated vendor API, written by <see cref="VendorPipeline"/> (which may spoil a 2xx body).</summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Body">The body bytes (empty for none).</param>
/// <param name="ContentType">Content type; not sent when the body is empty.</param>
/// <param name="Headers">Extra response headers.</param>
public sealed record VendorAnswer(int Status, ReadOnlyMemory<byte> Body, string ContentType = VendorAnswer.Json, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>JSON in UTF-8.</summary>
    public const string Json = "application/json; charset=utf-8";

    /// <summary>Plain text in UTF-8.</summary>
    public const string PlainText = "text/plain; charset=utf-8";

    /// <summary>A 2xx answer: only these have their bodies spoiled by the malformed and truncated knobs.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>An answer with a text body.</summary>
    public static VendorAnswer Text(int status, string body, string contentType = Json, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, Encoding.UTF8.GetBytes(body), contentType, headers);

    /// <summary>The same answer with more headers (later ones win).</summary>
    public VendorAnswer WithHeaders(IEnumerable<KeyValuePair<string, string>> more)
    {
        var merged = new Dictionary<string, string>(Headers ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in more)
        {
            merged[name] = value;
        }

        return this with { Headers = merged };
    }
}
