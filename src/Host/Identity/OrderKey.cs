namespace Connectors.Host.Identity;

/// <summary>
/// An order id as every source can name it: Shopify's <c>gid://shopify/Order/5001</c>, a survey's <c>5001</c> and a
/// note's <c>#5001</c> are one key, <c>5001</c>; marketplace ids such as <c>303-1234567-1234567</c> stay as they are.
/// </summary>
public static class OrderKey
{
    /// <summary>The key, or <c>null</c> for an empty id.</summary>
    public static string? Normalize(string? orderId)
    {
        if (string.IsNullOrWhiteSpace(orderId))
        {
            return null;
        }

        var id = orderId.AsSpan().Trim();
        if (id.StartsWith("gid://", StringComparison.OrdinalIgnoreCase))
        {
            id = id[(id.LastIndexOf('/') + 1)..];
        }

        id = id.TrimStart('#').Trim();
        return id.IsEmpty ? null : id.ToString().ToLowerInvariant();
    }
}
