using System.Text;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// One Amazon marketplace as the emulator serves it: its id, region, currency, and how its seller-feedback report
/// is written (header language, date format, character set).
/// </summary>
/// <param name="Id">Marketplace id (<c>ATVPDKIKX0DER</c>).</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of the marketplace (<c>GB</c> for amazon.co.uk).</param>
/// <param name="Region">SP-API region: <c>na</c>, <c>eu</c> or <c>fe</c>.</param>
/// <param name="Domain">Sales channel (<c>Amazon.de</c>).</param>
/// <param name="Currency">ISO 4217 currency.</param>
/// <param name="Language">Language of the report headers (ISO 639-1).</param>
/// <param name="DateFormat">.NET format of the feedback report's date column (<c>M/d/yy</c> in the US).</param>
/// <param name="CharsetName">Character set of the report documents (<c>ISO-8859-1</c> or <c>UTF-8</c>).</param>
/// <param name="OrderPrefixes">First group of the 3-7-7 order ids seen on the marketplace.</param>
public sealed record Marketplace(
    string Id,
    string CountryCode,
    string Region,
    string Domain,
    string Currency,
    string Language,
    string DateFormat,
    string CharsetName,
    string[] OrderPrefixes)
{
    /// <summary>The encoding of <see cref="CharsetName"/>.</summary>
    public Encoding Encoding => CharsetName == "UTF-8" ? new UTF8Encoding(false) : Encoding.Latin1;

    /// <summary>Top-level domain of the marketplace (<c>co.uk</c>), used for anonymised buyer addresses.</summary>
    public string TopLevelDomain => Domain["Amazon.".Length..];
}
