using System.Text;

namespace Connectors.Sandbox.Zendesk.Api;

/// <summary>Checks Zendesk API token auth: <c>Authorization: Basic base64("{email}/token:{api_token}")</c>.</summary>
internal static class BasicAuth
{
    public static bool Verify(string? header, string email, IEnumerable<string> tokens)
    {
        const string Scheme = "Basic ";
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        // Only "{email}/token:{token}": a password login is not what an integration should use.
        var marker = decoded.IndexOf("/token:", StringComparison.Ordinal);
        if (marker <= 0)
        {
            return false;
        }

        var user = decoded[..marker];
        var token = decoded[(marker + "/token:".Length)..];
        return string.Equals(user, email, StringComparison.OrdinalIgnoreCase) && tokens.Contains(token, StringComparer.Ordinal);
    }
}
