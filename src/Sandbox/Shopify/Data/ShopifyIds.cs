using System.Globalization;

namespace Connectors.Sandbox.Shopify.Data;

/// <summary>Shopify global ids (<c>gid://shopify/Customer/7000000000042</c>) and the id ranges of the sandbox.</summary>
public static class ShopifyIds
{
    /// <summary>Legacy id of seeded customer #0 (person #i is customer <c>CustomerIdBase + i</c>).</summary>
    public const long CustomerIdBase = 7_000_000_000_000;

    /// <summary>Legacy id of seeded order slot #0.</summary>
    public const long OrderIdBase = 5_000_000_000_000;

    /// <summary>Legacy id of bulk operation #0.</summary>
    public const long BulkOperationIdBase = 3_000_000_000;

    /// <summary>The global id of a legacy id.</summary>
    public static string Gid(string type, long id) => $"gid://shopify/{type}/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads a global id of the given type, or a bare numeric id; null when neither.</summary>
    public static long? Parse(string? value, string type)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var prefix = $"gid://shopify/{type}/";
        var digits = value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>Splits any global id into its type and legacy id.</summary>
    public static (string Type, long Id)? ParseAny(string? value)
    {
        const string prefix = "gid://shopify/";
        if (value is null || !value.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = value.AsSpan(prefix.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || !long.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return (rest[..slash].ToString(), id);
    }
}
