using System.Text;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Amazon.Data;

/// <summary>
/// How a sandbox person appears as an Amazon buyer: name, the email Amazon shows (an anonymised relay address for a
/// share of buyers, the person's own for the rest), and the phone on the shipping address (local or E.164 format).
/// </summary>
internal sealed class AmazonBuyers(int seed, double anonymisedShare)
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static readonly ulong Stream = SandboxHash.Stream("amazon/buyer");

    public static string Name(SandboxPerson person) => person.FirstName + " " + person.LastName;

    public string Email(SandboxPerson person, Marketplace marketplace)
    {
        var h = SandboxHash.Of(seed, Stream, person.Index);
        if (person.Email is { } own && SandboxHash.Unit(h) >= anonymisedShare)
        {
            return own;
        }

        // Amazon's relay address is stable per buyer and marketplace.
        var sb = new StringBuilder(40);
        var x = SandboxHash.Mix(h ^ SandboxHash.Stream(marketplace.Id));
        for (var i = 0; i < 14; i++)
        {
            sb.Append(Alphabet[(int)(x % 36)]);
            x = i % 6 == 5 ? SandboxHash.Mix(x) : x / 36;
        }

        return sb.Append("@marketplace.amazon.").Append(marketplace.TopLevelDomain).ToString();
    }

    public string? Phone(SandboxPerson person) =>
        SandboxHash.Of(seed, Stream ^ 1, person.Index) % 2 == 0 ? person.PhoneNational ?? person.PhoneE164 : person.PhoneE164;

    public string PostalCode(SandboxPerson person) =>
        (SandboxHash.Of(seed, Stream ^ 2, person.Index) % 90000 + 10000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string AddressLine1(SandboxPerson person) =>
        $"{SandboxHash.Of(seed, Stream ^ 3, person.Index) % 200 + 1} {person.LastName} Street";
}
