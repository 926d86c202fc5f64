using System.Collections.Frozen;

namespace Connectors.Enrichment.Text;

/// <summary>
/// Finds lexicon entries as substrings, for Chinese and Japanese (no spaces between words) and for emoji.
/// Candidates are indexed by their first character and tried longest first, so 不错 wins over 不.
/// </summary>
/// <typeparam name="T">What each entry stands for.</typeparam>
internal sealed class SubstringMatcher<T>
{
    private readonly (string Text, T Payload)[] entries;
    private readonly FrozenDictionary<char, int[]> byFirst;

    public SubstringMatcher(IEnumerable<(string Text, T Payload)> items)
    {
        entries = [.. items.Where(e => e.Text.Length > 0)];
        byFirst = Enumerable.Range(0, entries.Length)
            .GroupBy(i => entries[i].Text[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(i => entries[i].Text.Length).ToArray());
    }

    public ref readonly (string Text, T Payload) this[int entry] => ref entries[entry];

    /// <summary>Writes every entry found at <paramref name="position"/>, longest first; returns how many.</summary>
    public int MatchAt(ReadOnlySpan<char> text, int position, Span<Hit> hits)
    {
        if (!byFirst.TryGetValue(text[position], out var candidates))
        {
            return 0;
        }

        var rest = text[position..];
        var count = 0;
        foreach (var candidate in candidates)
        {
            if (count < hits.Length && rest.StartsWith(entries[candidate].Text, StringComparison.Ordinal))
            {
                hits[count++] = new Hit(candidate, entries[candidate].Text.Length);
            }
        }

        return count;
    }

    /// <summary>The longest entry found at <paramref name="position"/>, if any.</summary>
    public bool LongestAt(ReadOnlySpan<char> text, int position, out Hit hit)
    {
        if (byFirst.TryGetValue(text[position], out var candidates))
        {
            var rest = text[position..];
            foreach (var candidate in candidates)
            {
                if (rest.StartsWith(entries[candidate].Text, StringComparison.Ordinal))
                {
                    hit = new Hit(candidate, entries[candidate].Text.Length);
                    return true;
                }
            }
        }

        hit = default;
        return false;
    }
}
