using System.Globalization;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Trustpilot.Data;

/// <summary>How a sandbox person shows on Trustpilot: a consumer id, "First L." and "City, CC".</summary>
internal static class ConsumerNames
{
    public static string Id(int seed, long person) => TrustpilotIds.Of(seed, "consumer", person);

    public static string Display(SandboxPerson person) => person.FirstName + " " + person.LastName[..1] + ".";

    public static string Location(SandboxPerson person) => person.City + ", " + person.CountryCode;

    public static string Locale(SandboxPerson person) =>
        person.Locale.Contains('-', StringComparison.Ordinal) ? person.Locale : string.Create(CultureInfo.InvariantCulture, $"{person.Language}-{person.CountryCode}");
}
