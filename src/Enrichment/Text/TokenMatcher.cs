using System.Collections.Frozen;

namespace Connectors.Enrichment.Text;

/// <summary>
/// Finds phrase rules in the tokens of a space-separated text. Built once from many patterns; matching looks words
/// up by span (no strings made), exact first words and stems alike, longest phrase first.
/// </summary>
/// <typeparam name="T">What each pattern stands for (a sentiment cue, a topic).</typeparam>
internal sealed class TokenMatcher<T>
{
    private readonly (PhrasePattern Pattern, T Payload)[] entries;
    private readonly int[] weights;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byExactFirst;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> byPrefixFirst;
    private readonly int[] prefixLengths;

    public TokenMatcher(IEnumerable<(PhrasePattern Pattern, T Payload)> patterns)
    {
        entries = [.. patterns.Where(p => p.Pattern.Tokens.Length > 0)];
        weights = [.. entries.Select(e => e.Pattern.Weight)];
        byExactFirst = Index(PatternTokenKind.Exact).GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = Index(PatternTokenKind.Prefix);
        byPrefixFirst = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLengths = [.. prefixes.Keys.Select(k => k.Length).Distinct().Order()];
    }

    public ref readonly (PhrasePattern Pattern, T Payload) this[int entry] => ref entries[entry];

    /// <summary>Writes every pattern that matches at <paramref name="index"/>, longest first; returns how many.</summary>
    public int MatchAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, Span<Hit> hits)
    {
        var first = tokens[index];
        if (!first.IsWord)
        {
            return 0;
        }

        var word = text.Slice(first.Start, first.Length);
        var count = 0;
        if (byExactFirst.TryGetValue(word, out var exact))
        {
            count = Collect(exact, text, tokens, index, hits, count);
        }

        foreach (var length in prefixLengths)
        {
            if (length > word.Length)
            {
                break;
            }

            if (byPrefixFirst.TryGetValue(word[..length], out var stems))
            {
                count = Collect(stems, text, tokens, index, hits, count);
            }
        }

        if (count > 1)
        {
            hits[..count].Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : b.Weight.CompareTo(a.Weight));
        }

        return count;
    }

    /// <summary>The longest pattern that matches at <paramref name="index"/>, if any.</summary>
    public bool LongestAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, out Hit hit)
    {
        Span<Hit> hits = stackalloc Hit[8];
        var count = MatchAt(text, tokens, index, hits);
        hit = count > 0 ? hits[0] : default;
        return count > 0;
    }

    private int Collect(int[] candidates, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, Span<Hit> hits, int count)
    {
        foreach (var candidate in candidates)
        {
            if (count < hits.Length && Follows(entries[candidate].Pattern.Tokens, text, tokens, index))
            {
                hits[count++] = new Hit(candidate, entries[candidate].Pattern.Tokens.Length, weights[candidate]);
            }
        }

        return count;
    }

    private static bool Follows(PatternToken[] pattern, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        if (index + pattern.Length > tokens.Length)
        {
            return false;
        }

        var clause = tokens[index].Clause;
        for (var k = 1; k < pattern.Length; k++)
        {
            var token = tokens[index + k];
            if (!token.IsWord || token.Clause != clause || !pattern[k].Matches(text.Slice(token.Start, token.Length)))
            {
                return false;
            }
        }

        return true;
    }

    private FrozenDictionary<string, int[]> Index(PatternTokenKind kind)
    {
        return Enumerable.Range(0, entries.Length)
            .Where(i => entries[i].Pattern.Tokens[0].Kind == kind)
            .GroupBy(i => entries[i].Pattern.Tokens[0].Text, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(i => entries[i].Pattern.Tokens.Length).ThenByDescending(i => entries[i].Pattern.Weight).ToArray(),
                StringComparer.Ordinal);
    }
}
