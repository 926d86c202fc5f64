namespace Connectors.Plugins.Amazon.Marketplaces;

/// <summary>
/// One Amazon marketplace as the source needs it: its id, country, the region whose endpoint serves it, and how its
/// seller-feedback report writes dates and text.
/// </summary>
/// <param name="Id">The marketplace id, such as <c>ATVPDKIKX0DER</c>.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code (<c>GB</c> for amazon.co.uk).</param>
/// <param name="Region">The SP-API region: <c>na</c>, <c>eu</c> or <c>fe</c>.</param>
/// <param name="Language">The language of its reports and buyers' comments (BCP 47).</param>
/// <param name="FeedbackDateFormat">The date format of GET_SELLER_FEEDBACK_DATA in this marketplace.</param>
/// <param name="Charset">The character set its documents use when the download does not say.</param>
internal sealed record Marketplace(string Id, string CountryCode, string Region, string Language, string FeedbackDateFormat, string Charset);
