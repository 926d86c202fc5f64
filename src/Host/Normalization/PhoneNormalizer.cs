using PhoneNumbers;

namespace Connectors.Host.Normalization;

/// <summary>Converts phone numbers to E.164 with libphonenumber, so the same person matches across channels.</summary>
public static class PhoneNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>Whether libphonenumber knows <paramref name="code"/> (ISO 3166-1 alpha-2, any case) as a region to read numbers in.</summary>
    public static bool IsRegion(string code) => Util.GetSupportedRegions().Contains(code.ToUpperInvariant());

    /// <summary>
    /// E.164 (<c>+4915123456789</c>), or <c>null</c> when the number is empty or not a valid number. A number
    /// without a country prefix is read as a number of <paramref name="countryHint"/> (ISO alpha-2).
    /// </summary>
    public static string? ToE164(string? phone, string? countryHint)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        try
        {
            var number = Util.Parse(phone, string.IsNullOrWhiteSpace(countryHint) ? null : countryHint.ToUpperInvariant());
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
