using System.Globalization;

namespace Connectors.Plugins.Shopify.Client;

/// <summary>A quarterly Admin API version such as <c>2025-04</c>; versions compare by date.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The release month: 1, 4, 7 or 10.</param>
public readonly record struct ShopifyApiVersion(int Year, int Month) : IComparable<ShopifyApiVersion>
{
    /// <summary>The first version with <c>Customer.defaultEmailAddress</c> and <c>Customer.defaultPhoneNumber</c>.</summary>
    public static ShopifyApiVersion DefaultContactFieldsSince { get; } = new(2025, 4);

    /// <summary>Whether customers are read through <c>defaultEmailAddress</c>/<c>defaultPhoneNumber</c> instead of the deprecated <c>email</c>/<c>phone</c>.</summary>
    public bool HasDefaultContactFields => CompareTo(DefaultContactFieldsSince) >= 0;

    /// <summary>Parses <c>YYYY-MM</c> with month 01, 04, 07 or 10.</summary>
    public static bool TryParse(string? text, out ShopifyApiVersion version)
    {
        version = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 2019 || month is not (1 or 4 or 7 or 10))
        {
            return false;
        }

        version = new ShopifyApiVersion(year, month);
        return true;
    }

    /// <summary>Parses a version the options validation already accepted.</summary>
    /// <exception cref="FormatException">The text is not a Shopify API version.</exception>
    public static ShopifyApiVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a Shopify API version (YYYY-MM with month 01, 04, 07 or 10).");

    /// <inheritdoc />
    public int CompareTo(ShopifyApiVersion other) => (Year * 100 + Month).CompareTo(other.Year * 100 + other.Month);

    /// <summary>Later than.</summary>
    public static bool operator >(ShopifyApiVersion left, ShopifyApiVersion right) => left.CompareTo(right) > 0;

    /// <summary>Earlier than.</summary>
    public static bool operator <(ShopifyApiVersion left, ShopifyApiVersion right) => left.CompareTo(right) < 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(ShopifyApiVersion left, ShopifyApiVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(ShopifyApiVersion left, ShopifyApiVersion right) => left.CompareTo(right) <= 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
