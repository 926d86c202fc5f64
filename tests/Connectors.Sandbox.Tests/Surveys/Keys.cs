using PhoneNumbers;

namespace Connectors.Sandbox.Tests.Surveys;

/// <summary>The join keys as a resolver would read them: trimmed lower-case email, E.164 phone with a region hint.</summary>
internal static class Keys
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string? Email(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>The valid E.164 number the text is with the region, or null.</summary>
    public static string? Phone(string? text, string? region)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var number = Phones.Parse(text, region);
            return Phones.IsValidNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>Parses without catching: for tests that expect the parser to refuse.</summary>
    public static PhoneNumber Parse(string text, string? region) => Phones.Parse(text, region);
}
