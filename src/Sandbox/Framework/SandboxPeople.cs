using System.Globalization;
using System.Text;

namespace Connectors.Sandbox.Framework;

/// <summary>
/// The shared population of synthetic people: person #i is a pure function of (seed, i), generated on
/// demand, so every vendor emulator shows the same person #i and a million people cost no memory.
/// </summary>
public sealed class SandboxPeople
{
    private static readonly ulong PersonStream = SandboxHash.Stream("person");

    // Names come from fixed lists, so their email-safe forms are computed once.
    private static readonly Dictionary<string, string> Folded = CountryProfiles.All
        .SelectMany(c => c.FirstNames.Concat(c.LastNames))
        .Distinct(StringComparer.Ordinal)
        .ToDictionary(n => n, Fold, StringComparer.Ordinal);

    // Emulators ask for the same person several times in a row (a customer, then each of its orders).
    [ThreadStatic]
    private static SandboxPerson? _last;

    [ThreadStatic]
    private static int _lastSeed;

    /// <summary>Creates the population for a seed.</summary>
    public SandboxPeople(int seed) => Seed = seed;

    /// <summary>The seed every person is derived from.</summary>
    public int Seed { get; }

    /// <summary>Person #<paramref name="index"/> (zero-based); the same value for the same seed, always.</summary>
    public SandboxPerson Get(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (_last is { } last && last.Index == index && _lastSeed == Seed)
        {
            return last;
        }

        var person = Generate(index);
        _last = person;
        _lastSeed = Seed;
        return person;
    }

    private SandboxPerson Generate(long index)
    {
        var r = new DeterministicRandom(Seed, PersonStream, index);
        var country = CountryProfiles.Pick(ref r);
        var first = r.Pick(country.FirstNames);
        var last = r.Pick(country.LastNames);
        var city = r.Pick(country.Cities);

        // About 4% buy by phone only, about 35% never leave a phone number.
        var hasEmail = !r.Chance(0.04);
        var hasPhone = !hasEmail || r.Chance(0.65);
        var email = hasEmail ? MakeEmail(ref r, first, last, index) : null;
        string? e164 = null;
        string? national = null;
        if (hasPhone)
        {
            (e164, national) = country.Phone(ref r);
        }

        var emailConsent = hasEmail ? PickConsent(ref r) : SandboxConsent.NotSubscribed;
        var smsConsent = hasPhone ? PickSmsConsent(ref r) : SandboxConsent.NotSubscribed;
        return new SandboxPerson(index, first, last, email, e164, national, country.Code, country.Name, city,
            country.Locale, country.Language, emailConsent, smsConsent);
    }

    private static string MakeEmail(ref DeterministicRandom r, string first, string last, long index)
    {
        var f = Folded.GetValueOrDefault(first) ?? Fold(first);
        var l = Folded.GetValueOrDefault(last) ?? Fold(last);
        var n = index.ToString(CultureInfo.InvariantCulture);
        var (local, domain) = r.Next(4) switch
        {
            0 => ($"{f}.{l}{n}", "example.com"),
            1 => ($"{f[0]}{l}{n}", "example.net"),
            2 => ($"{f}_{l}{n}", "example.org"),
            _ => ($"{l}.{f}{n}", "example.com"),
        };

        // People type their address in mixed case now and then; consumers must normalise it.
        return r.Chance(0.08) ? $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(local)}@{domain}" : $"{local}@{domain}";
    }

    private static SandboxConsent PickConsent(ref DeterministicRandom r)
    {
        var roll = r.Next(100);
        return roll switch
        {
            < 35 => SandboxConsent.Subscribed,
            < 80 => SandboxConsent.NotSubscribed,
            < 94 => SandboxConsent.Unsubscribed,
            < 97 => SandboxConsent.Pending,
            < 99 => SandboxConsent.Invalid,
            _ => SandboxConsent.Redacted,
        };
    }

    private static SandboxConsent PickSmsConsent(ref DeterministicRandom r)
    {
        var roll = r.Next(100);
        return roll switch
        {
            < 20 => SandboxConsent.Subscribed,
            < 85 => SandboxConsent.NotSubscribed,
            < 97 => SandboxConsent.Unsubscribed,
            _ => SandboxConsent.Pending,
        };
    }

    /// <summary>ASCII local part from a name: "Jürgen" → "jurgen", "Groß" → "gross", "de Jong" → "dejong".</summary>
    internal static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length + 2);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'ß': sb.Append("ss"); break;
                case 'ł' or 'Ł': sb.Append('l'); break;
                case 'ø' or 'Ø': sb.Append('o'); break;
                default:
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        sb.Append(char.ToLowerInvariant(c));
                    }

                    break;
            }
        }

        return sb.Length == 0 ? "user" : sb.ToString();
    }
}
