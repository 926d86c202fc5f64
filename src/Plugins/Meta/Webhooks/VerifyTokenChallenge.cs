using System.Security.Cryptography;
using System.Text;

namespace Connectors.Plugins.Meta.Webhooks;

/// <summary>
/// Meta's check of the callback URL: <c>hub.mode=subscribe</c> with the verify token typed in the app's settings is
/// answered with <c>hub.challenge</c>; anything else is refused. The token is compared in constant time.
/// </summary>
internal static class VerifyTokenChallenge
{
    public static string? Answer(IReadOnlyDictionary<string, string> query, string verifyToken)
    {
        var mode = Get(query, "hub.mode");
        var token = Get(query, "hub.verify_token");
        var challenge = Get(query, "hub.challenge");
        if (mode != "subscribe" || token is null || string.IsNullOrEmpty(challenge) || string.IsNullOrEmpty(verifyToken))
        {
            return null;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(verifyToken)) ? challenge : null;
    }

    private static string? Get(IReadOnlyDictionary<string, string> query, string name)
    {
        if (query.TryGetValue(name, out var value))
        {
            return value;
        }

        return query.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
