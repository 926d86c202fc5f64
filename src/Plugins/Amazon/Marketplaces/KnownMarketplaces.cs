namespace Connectors.Plugins.Amazon.Marketplaces;

/// <summary>
/// The marketplaces the source knows, from Amazon's marketplace-id list; date formats from the seller-feedback reports
/// (US M/D/YY, DE D.M.YY, JP YY/M/D, SE YYYY-MM-DD, the other European ones DD/MM/YY). European documents come in
/// ISO-8859-1 but Sweden's, the rest in UTF-8; the download's Content-Type wins when it names a charset.
/// </summary>
internal static class KnownMarketplaces
{
    public static IReadOnlyList<Marketplace> All { get; } =
    [
        new("ATVPDKIKX0DER", "US", "na", "en", "M/d/yy", "UTF-8"),
        new("A2EUQ1WTGCTBG2", "CA", "na", "en", "M/d/yy", "UTF-8"),
        new("A1AM78C64UM0Y8", "MX", "na", "es", "dd/MM/yy", "UTF-8"),
        new("A2Q3Y263D00KWC", "BR", "na", "pt", "dd/MM/yy", "UTF-8"),
        new("A1F83G8C2ARO7P", "GB", "eu", "en", "dd/MM/yy", "ISO-8859-1"),
        new("A1PA6795UKMFR9", "DE", "eu", "de", "d.M.yy", "ISO-8859-1"),
        new("A13V1IB3VIYZZH", "FR", "eu", "fr", "dd/MM/yy", "ISO-8859-1"),
        new("APJ6JRA9NG5V4", "IT", "eu", "it", "dd/MM/yy", "ISO-8859-1"),
        new("A1RKKUPIHCS9HS", "ES", "eu", "es", "dd/MM/yy", "ISO-8859-1"),
        new("A1805IZSGTT6HS", "NL", "eu", "nl", "dd-MM-yy", "ISO-8859-1"),
        new("A1C3SOZRARQ6R3", "PL", "eu", "pl", "dd.MM.yy", "UTF-8"),
        new("A2NODRKZP88ZB9", "SE", "eu", "sv", "yyyy-MM-dd", "UTF-8"),
        new("A1VC38T7YXB528", "JP", "fe", "ja", "yy/M/d", "UTF-8"),
        new("A39IBJ37TRP1C6", "AU", "fe", "en", "d/MM/yy", "UTF-8"),
        new("A19VAU5U5O7RUS", "SG", "fe", "en", "d/MM/yy", "UTF-8"),
    ];

    /// <summary>The marketplace with this id, or with this country code (<c>UK</c> is taken for <c>GB</c>); null when unknown.</summary>
    public static Marketplace? Find(string idOrCountry)
    {
        var key = idOrCountry.Trim();
        if (string.Equals(key, "UK", StringComparison.OrdinalIgnoreCase))
        {
            key = "GB";
        }

        return All.FirstOrDefault(m => string.Equals(m.Id, key, StringComparison.Ordinal))
            ?? All.FirstOrDefault(m => string.Equals(m.CountryCode, key, StringComparison.OrdinalIgnoreCase));
    }
}
