namespace Connectors.Sandbox.Framework;

/// <summary>Makes a mobile number valid for the country: (E.164, local format).</summary>
internal delegate (string E164, string National) PhoneMaker(ref DeterministicRandom random);

/// <summary>Names, cities, language and phone plan of one country.</summary>
internal sealed record CountryProfile(
    string Code,
    string Name,
    string Language,
    string Locale,
    int Weight,
    string[] FirstNames,
    string[] LastNames,
    string[] Cities,
    PhoneMaker Phone);
