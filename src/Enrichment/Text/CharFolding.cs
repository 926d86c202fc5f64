using System.Globalization;
using System.Text;

namespace Connectors.Enrichment.Text;

/// <summary>
/// Maps one character to the form lexicons are written against: lower case, Latin diacritics dropped, typographic
/// apostrophes straightened, traditional Chinese characters common in shop feedback mapped to simplified ones.
/// </summary>
/// <remarks>
/// Always one character in, one character out, so a match in the folded text is a match at the same offsets in the
/// original, and evidence can quote what the customer actually wrote. Customers often drop accents ("qualite",
/// "nao"), so lexicons match with or without them; German keeps its umlauts, because there they tell words apart
/// (schön, schon) and people who cannot type them write "oe", which folding could not help with anyway.
/// </remarks>
internal static class CharFolding
{
    private const int TableSize = 0x250; // Basic Latin to the end of Latin Extended-B.

    private static readonly char[] LatinTable = BuildLatinTable(keepUmlauts: false);
    private static readonly char[] GermanTable = BuildLatinTable(keepUmlauts: true);

    public static char Fold(char c, bool keepUmlauts = false)
    {
        if (c < TableSize)
        {
            return keepUmlauts ? GermanTable[c] : LatinTable[c];
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u00B4' => '\'',
            >= '\u3400' and <= '\u9FFF' => TraditionalChinese.ToSimplified(c),
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>, which must be as long.</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination, bool keepUmlauts = false)
    {
        var table = keepUmlauts ? GermanTable : LatinTable;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            destination[i] = c < TableSize ? table[c] : Fold(c);
        }
    }

    /// <summary>Folds a whole string: used when loading lexicons, never on the hot path.</summary>
    public static string Fold(string text, bool keepUmlauts = false)
    {
        return string.Create(text.Length, (text, keepUmlauts), static (span, state) => Fold(state.text, span, state.keepUmlauts));
    }

    private static char[] BuildLatinTable(bool keepUmlauts)
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = char.ToLowerInvariant((char)i);
            table[i] = c;
            if (c < 0x80 || !char.IsLetter(c) || (keepUmlauts && c is 'ä' or 'ö' or 'ü'))
            {
                continue;
            }

            // The first character of the canonical decomposition is the base letter when there is one (é -> e + ´);
            // letters without a decomposition (ß, ø, æ) stay as they are.
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && decomposed[0] < 0x80 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
            {
                table[i] = decomposed[0];
            }
        }

        table['`'] = '\'';
        return table;
    }
}
