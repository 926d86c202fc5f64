using System.Security.Cryptography;
using System.Text;

namespace Connectors.Plugins.Zendesk.Mapping;

/// <summary>
/// The last line of every comment the connector writes: the item's key and a hash of the text. Before adding a
/// comment the connector looks for it on the ticket, so a push repeated after a crash (Zendesk accepted, we did not
/// record it) adds nothing, while a changed text (a new hash) does add a comment.
/// </summary>
internal static class RefMarker
{
    public static string For(string idempotencyKey, string body)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..10];
        return $"Ref: {idempotencyKey} #{hash}";
    }

    public static string Append(string body, string marker) => $"{body}\n\n{marker}";
}
