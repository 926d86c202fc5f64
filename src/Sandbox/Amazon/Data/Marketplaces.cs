namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// The marketplaces the emulator serves (ids from Amazon's marketplace list). Report layouts: US M/D/YY, DE D.M.YY,
/// JP YY/M/D, SE YYYY-MM-DD (sources.md); the others follow their country's short date. European documents are
/// ISO-8859-1, the rest UTF-8.
/// </summary>
public static class Marketplaces
{
    /// <summary>amazon.com.</summary>
    public static Marketplace US { get; } = new("ATVPDKIKX0DER", "US", "na", "Amazon.com", "USD", "en", "M/d/yy", "UTF-8", ["111", "112", "113", "114"]);

    /// <summary>amazon.ca.</summary>
    public static Marketplace CA { get; } = new("A2EUQ1WTGCTBG2", "CA", "na", "Amazon.ca", "CAD", "en", "M/d/yy", "UTF-8", ["701", "702"]);

    /// <summary>amazon.co.uk.</summary>
    public static Marketplace UK { get; } = new("A1F83G8C2ARO7P", "GB", "eu", "Amazon.co.uk", "GBP", "en", "dd/MM/yy", "ISO-8859-1", ["202", "203", "204", "205", "206"]);

    /// <summary>amazon.de.</summary>
    public static Marketplace DE { get; } = new("A1PA6795UKMFR9", "DE", "eu", "Amazon.de", "EUR", "de", "d.M.yy", "ISO-8859-1", ["302", "303", "304", "305", "306"]);

    /// <summary>amazon.fr.</summary>
    public static Marketplace FR { get; } = new("A13V1IB3VIYZZH", "FR", "eu", "Amazon.fr", "EUR", "fr", "dd/MM/yy", "ISO-8859-1", ["402", "403", "404", "405"]);

    /// <summary>amazon.it.</summary>
    public static Marketplace IT { get; } = new("APJ6JRA9NG5V4", "IT", "eu", "Amazon.it", "EUR", "it", "dd/MM/yy", "ISO-8859-1", ["406", "407"]);

    /// <summary>amazon.es.</summary>
    public static Marketplace ES { get; } = new("A1RKKUPIHCS9HS", "ES", "eu", "Amazon.es", "EUR", "es", "dd/MM/yy", "ISO-8859-1", ["407", "408"]);

    /// <summary>amazon.se.</summary>
    public static Marketplace SE { get; } = new("A2NODRKZP88ZB9", "SE", "eu", "Amazon.se", "SEK", "sv", "yyyy-MM-dd", "UTF-8", ["171"]);

    /// <summary>amazon.co.jp.</summary>
    public static Marketplace JP { get; } = new("A1VC38T7YXB528", "JP", "fe", "Amazon.co.jp", "JPY", "ja", "yy/M/d", "UTF-8", ["249", "250", "503"]);

    /// <summary>Every served marketplace.</summary>
    public static IReadOnlyList<Marketplace> All { get; } = [US, CA, UK, DE, FR, IT, ES, SE, JP];

    /// <summary>The marketplaces the Customer Feedback API answers for (sources.md).</summary>
    public static IReadOnlySet<string> WithCustomerFeedback { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        US.Id, UK.Id, FR.Id, IT.Id, DE.Id, ES.Id, JP.Id,
    };

    /// <summary>A marketplace by id, or null.</summary>
    public static Marketplace? Find(string id) => All.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>Where a person of a country shops: their own country's marketplace, else the nearest big one.</summary>
    internal static Marketplace HomeOf(string countryCode) => countryCode switch
    {
        "US" or "BR" or "AU" => US,
        "GB" => UK,
        "DE" or "NL" or "PL" => DE,
        "FR" => FR,
        "IT" => IT,
        "ES" => ES,
        "JP" => JP,
        _ => US,
    };
}
