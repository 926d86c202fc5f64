using Connectors.Abstractions;

namespace Connectors.Plugins.Shopify.Webhooks;

/// <summary>Header look-ups that ignore case whatever comparer the host's dictionary was built with.</summary>
internal static class WebhookHeaders
{
    public const string Hmac = "X-Shopify-Hmac-SHA256";
    public const string WebhookId = "X-Shopify-Webhook-Id";
    public const string Topic = "X-Shopify-Topic";

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
