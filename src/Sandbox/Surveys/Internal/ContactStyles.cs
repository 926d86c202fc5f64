using System.Text;
using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>How people type their email and phone into a form: other case, stray spaces, national or international numbers.</summary>
internal static class ContactStyles
{
    /// <summary>The email as typed: as the person writes it, or in another case and with stray spaces.</summary>
    public static string TypedEmail(string email, double variantShare, ref DeterministicRandom random)
    {
        if (!random.Chance(variantShare))
        {
            return email;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var title = Capitalise(email[..at]) + "@" + Capitalise(email[(at + 1)..]);
        return random.Next(5) switch
        {
            0 => email.ToUpperInvariant(),
            1 => title,
            2 => "  " + email,
            3 => email + " ",
            _ => " " + title + "  ",
        };
    }

    /// <summary>
    /// A phone as typed in <paramref name="market"/>: for a local number, the national format (often with other
    /// separators) with the given share, else E.164 with or without spaces. National forms need the market's region to read.
    /// </summary>
    public static (string Text, bool National) TypedPhone(
        string e164, string national, string phoneCountry, MarketProfile market, double nationalShare, ref DeterministicRandom random)
    {
        if (phoneCountry == market.CountryCode && random.Chance(nationalShare))
        {
            return (NationalVariant(national, ref random), true);
        }

        return (random.Chance(0.5) ? SpacedE164(e164, national) : e164, false);
    }

    /// <summary><c>+49 151 23456789</c> from <c>+4915123456789</c> and <c>0151 23456789</c>: the national grouping after the country code.</summary>
    public static string SpacedE164(string e164, string national)
    {
        var grouped = national.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal).TrimStart('0');
        var significant = Digits(grouped);
        return e164.EndsWith(significant, StringComparison.Ordinal)
            ? $"{e164[..^significant.Length]} {grouped}"
            : e164;
    }

    /// <summary>The national number with the separators people also use: <c>0151/23456789</c>, <c>212-555-0143</c>, <c>11 91234-5678</c>.</summary>
    private static string NationalVariant(string national, ref DeterministicRandom random)
    {
        var roll = random.Next(3);
        if (roll == 0)
        {
            return national;
        }

        if (national.StartsWith('('))
        {
            // (212) 555-0143 → 212-555-0143 or 212.555.0143; (11) 91234-5678 → 11 91234-5678 or 11912345678.
            var close = national.IndexOf(')', StringComparison.Ordinal);
            var area = national[1..close];
            var rest = national[(close + 1)..].Trim();
            return roll == 1 ? $"{area} {rest}" : area.Length == 3 ? $"{area}.{rest.Replace('-', '.')}" : Digits(national);
        }

        var space = national.IndexOf(' ', StringComparison.Ordinal);
        return roll == 1 && space > 0 ? $"{national[..space]}/{national[(space + 1)..].Replace(" ", "", StringComparison.Ordinal)}" : Digits(national);
    }

    private static string Capitalise(string part) =>
        part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant();

    private static string Digits(string text)
    {
        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        return digits.ToString();
    }
}
