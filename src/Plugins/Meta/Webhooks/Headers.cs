using Connectors.Abstractions;

namespace Connectors.Plugins.Meta.Webhooks;

/// <summary>Header look-ups that ignore case whatever comparer the host's dictionary was built with.</summary>
internal static class Headers
{
    public const string Signature = "X-Hub-Signature-256";

    public static string? Get(WebhookRequest request, string name)
    {
        if (request.Headers.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in request.Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
