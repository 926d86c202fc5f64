using System.Collections.Frozen;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Languages;

/// <summary>
/// Counts, per candidate language, the text's words that are common in that language
/// (<c>Resources/common-words.txt</c>). A quick check that settles most texts without the statistical model:
/// several words of one language and none or few of the others.
/// </summary>
internal sealed class CommonWords
{
    private readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> languagesOfWord;

    /// <param name="languages">The candidate languages, at most 16; bit <c>i</c> of a word's mask is <c>languages[i]</c>.</param>
    public CommonWords(IReadOnlyList<string> languages)
    {
        Languages = languages;
        var masks = new Dictionary<string, ushort>(StringComparer.Ordinal);
        string? section = null;
        foreach (var (_, line) in EmbeddedData.Lines("common-words.txt"))
        {
            if (line.StartsWith('['))
            {
                section = line.Trim('[', ']');
                continue;
            }

            var index = IndexOf(languages, section);
            if (index < 0)
            {
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = CharFolding.Fold(word);
                masks[folded] = (ushort)(masks.GetValueOrDefault(folded) | (1 << index));
            }
        }

        languagesOfWord = masks.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Languages { get; }

    /// <summary>Adds each language's count of common words in <paramref name="folded"/> to <paramref name="hits"/>.</summary>
    public void Count(ReadOnlySpan<char> folded, Span<int> hits)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!CharClasses.IsWordChar(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && (CharClasses.IsWordChar(folded[i]) || Tokenizer.IsInnerApostrophe(folded, i)))
            {
                i++;
            }

            if (languagesOfWord.TryGetValue(folded[start..i], out var mask))
            {
                for (var bit = 0; mask != 0; bit++, mask >>= 1)
                {
                    hits[bit] += mask & 1;
                }
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> languages, string? code)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i] == code)
            {
                return i;
            }
        }

        return -1;
    }
}
