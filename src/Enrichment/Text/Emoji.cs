using System.Globalization;

namespace Connectors.Enrichment.Text;

/// <summary>Emoji and emoticons with their sentiment (<c>Resources/emoji.txt</c>); the same in every language.</summary>
internal static class Emoji
{
    private static readonly SubstringMatcher<float> Matcher = new(Load());

    /// <summary>Matches an emoji at <paramref name="position"/> of a folded text, with any selector or skin tone after it.</summary>
    public static bool TryMatch(ReadOnlySpan<char> folded, int position, out int length, out float value)
    {
        if (!Matcher.LongestAt(folded, position, out var hit))
        {
            length = 0;
            value = 0;
            return false;
        }

        value = Matcher[hit.Entry].Payload;
        length = hit.Length;
        while (position + length < folded.Length && IsModifier(folded, position + length, out var width))
        {
            length += width;
        }

        return true;
    }

    private static bool IsModifier(ReadOnlySpan<char> s, int i, out int width)
    {
        // U+FE0F asks for emoji presentation; U+1F3FB..U+1F3FF are skin tones. Neither changes the meaning.
        width = s[i] == '\uFE0F' ? 1 : i + 1 < s.Length && s[i] == '\uD83C' && s[i + 1] is >= '\uDFFB' and <= '\uDFFF' ? 2 : 0;
        return width > 0;
    }

    private static IEnumerable<(string, float)> Load()
    {
        foreach (var (_, line) in EmbeddedData.Lines("emoji.txt"))
        {
            var space = line.LastIndexOf(' ');
            var text = CharFolding.Fold(line[..space].Trim().Replace("\uFE0F", "", StringComparison.Ordinal));
            yield return (text, float.Parse(line[(space + 1)..], CultureInfo.InvariantCulture));
        }
    }
}
