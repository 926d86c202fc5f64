using Connectors.Abstractions;

namespace Connectors.TestKit.Conformance.Internal;

/// <summary>Deliveries made from a correctly signed one that a webhook source must refuse.</summary>
internal static class WebhookForgeries
{
    /// <summary>Forgeries every one of which must be refused.</summary>
    public static IEnumerable<(string What, WebhookRequest Request)> Of(WebhookRequest signed)
    {
        var body = signed.Body.ToArray();
        if (body.Length > 0)
        {
            // One flipped bit in the middle of the body: the signature covers every byte.
            var tampered = (byte[])body.Clone();
            tampered[tampered.Length / 2] ^= 0x01;
            yield return ("the signed delivery with one bit of its body flipped", signed with { Body = tampered });
        }

        yield return ("the signed body without any header (so without its signature)", new WebhookRequest(Headers(), body));
        yield return ("an empty delivery without headers", new WebhookRequest(Headers(), ReadOnlyMemory<byte>.Empty));
    }

    /// <summary>
    /// The signed delivery with one header's value changed, for each header. Not all must be refused (a changed
    /// content type may not matter), but one of them carries the signature, whatever the vendor calls it.
    /// </summary>
    public static IEnumerable<(string Header, WebhookRequest Request)> HeaderChanges(WebhookRequest signed)
    {
        foreach (var (name, value) in signed.Headers)
        {
            var headers = Headers(signed.Headers);
            headers[name] = Changed(value);
            yield return (name, new WebhookRequest(headers, signed.Body.ToArray()));
        }
    }

    private static Dictionary<string, string> Headers(IEnumerable<KeyValuePair<string, string>>? from = null) =>
        new(from ?? [], StringComparer.OrdinalIgnoreCase);

    // The last character changed to another of the same kind, so base64 and hex signatures stay well-formed.
    private static string Changed(string value) =>
        value.Length == 0 ? "x" : value[..^1] + (value[^1] == 'A' ? 'B' : value[^1] == '0' ? '1' : char.IsDigit(value[^1]) ? '0' : 'A');
}
