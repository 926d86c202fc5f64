using System.Collections.Frozen;

namespace Connectors.Enrichment.Text;

/// <summary>Reads the language part of a tag as sources state it (<c>de-DE</c>, <c>pt_BR</c>, <c>zh-Hant-TW</c>, <c>ger</c>).</summary>
internal static class LanguageTags
{
    // ISO 639-2/3 codes some exports use, to their ISO 639-1 form; the two-letter codes map to themselves so a known
    // tag comes back as a shared string instance rather than a new one per item.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Known = new Dictionary<string, string>
    {
        ["eng"] = "en", ["deu"] = "de", ["ger"] = "de", ["fra"] = "fr", ["fre"] = "fr", ["spa"] = "es", ["ita"] = "it",
        ["por"] = "pt", ["nld"] = "nl", ["dut"] = "nl", ["zho"] = "zh", ["chi"] = "zh", ["cmn"] = "zh", ["jpn"] = "ja",
    }.Concat(TextLanguages.Codes.Select(c => KeyValuePair.Create(c, c)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ISO 639-1 code (lower case) of a tag's primary language, or <c>null</c> when there is none.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var span = tag.AsSpan().Trim();
        var cut = span.IndexOfAny('-', '_');
        var primary = cut >= 0 ? span[..cut] : span;
        if (primary.Length is < 2 or > 3 || !primary.ContainsOnlyAsciiLetters())
        {
            return null;
        }

        return Known.TryGetValue(primary, out var code) ? code : primary.ToString().ToLowerInvariant();
    }

    private static bool ContainsOnlyAsciiLetters(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
