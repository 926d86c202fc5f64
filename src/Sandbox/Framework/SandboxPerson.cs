namespace Connectors.Sandbox.Framework;

/// <summary>
/// One synthetic person. Person #<see cref="Index"/> is the same on every emulated vendor for a given seed,
/// which is what identity resolution is tested against.
/// </summary>
/// <param name="Index">Zero-based index of the person for the seed.</param>
/// <param name="FirstName">Given name (may carry diacritics).</param>
/// <param name="LastName">Family name.</param>
/// <param name="Email">Email address as the person typed it (mixed case sometimes), or null for phone-only customers.</param>
/// <param name="PhoneE164">Mobile number in E.164 (<c>+4915112345678</c>), or null.</param>
/// <param name="PhoneNational">The same number in the country's local format (<c>0151 12345678</c>), or null.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code.</param>
/// <param name="Country">English country name.</param>
/// <param name="City">City.</param>
/// <param name="Locale">Preferred locale (<c>de</c>, <c>pt-BR</c>).</param>
/// <param name="Language">Language the person writes notes and reviews in (ISO 639-1).</param>
/// <param name="EmailMarketing">Email marketing consent.</param>
/// <param name="SmsMarketing">SMS marketing consent (NotSubscribed when there is no phone).</param>
public sealed record SandboxPerson(
    long Index,
    string FirstName,
    string LastName,
    string? Email,
    string? PhoneE164,
    string? PhoneNational,
    string CountryCode,
    string Country,
    string City,
    string Locale,
    string Language,
    SandboxConsent EmailMarketing,
    SandboxConsent SmsMarketing);
