using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Sentiment;

/// <summary>Finds the sentiment cues of a folded text in order: lexicon phrases, emoji, clause boundaries.</summary>
internal static class CueScanner
{
    /// <summary>Cues of a space-separated text, from its tokens; the longest phrase at each place wins.</summary>
    public static void ScanWords(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, TokenMatcher<Cue> words, ScratchList<CueEvent> events)
    {
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                events.Add(new CueEvent(CueKind.Polar, token.Emoji, i, i + 1, token.Clause, token.Start, token.End, IsEmoji: true, ClauseFinal: false));
                i++;
                continue;
            }

            if (!words.LongestAt(folded, tokens, i, out var hit))
            {
                i++;
                continue;
            }

            var cue = words[hit.Entry].Payload;
            var end = i + hit.Length;
            var clauseFinal = end == tokens.Length || tokens[end].Clause != token.Clause;
            events.Add(new CueEvent(cue.Kind, cue.Value, i, end, token.Clause, token.Start, tokens[end - 1].End, IsEmoji: false, clauseFinal, cue.SelfNegated));
            i = end;
        }
    }

    /// <summary>
    /// Cues of a Chinese or Japanese text, by substring; with no lexicon (a language without one), emoji only.
    /// Returns the number of exclamation marks, which add emphasis.
    /// </summary>
    public static int ScanCharacters(ReadOnlySpan<char> folded, SubstringMatcher<Cue>? characters, ScratchList<CueEvent> events)
    {
        var clause = 0;
        var exclamations = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (CharClasses.MayStartEmoji(c) && Emoji.TryMatch(folded, i, out var length, out var value))
            {
                events.Add(new CueEvent(CueKind.Polar, value, i, i + length, clause, i, i + length, IsEmoji: true, ClauseFinal: false));
                i += length;
                continue;
            }

            if (CharClasses.IsClauseBreak(c))
            {
                exclamations += c is '!' or '！' ? 1 : 0;
                clause++;
                i++;
                continue;
            }

            if (characters is not null && characters.LongestAt(folded, i, out var hit))
            {
                var cue = characters[hit.Entry].Payload;
                var end = i + hit.Length;
                events.Add(new CueEvent(cue.Kind, cue.Value, i, end, clause, i, end, IsEmoji: false, IsClauseEnd(folded, end), cue.SelfNegated));
                i = end;
                continue;
            }

            i++;
        }

        return exclamations;
    }

    private static bool IsClauseEnd(ReadOnlySpan<char> folded, int position)
    {
        while (position < folded.Length && char.IsWhiteSpace(folded[position]))
        {
            position++;
        }

        return position == folded.Length || CharClasses.IsClauseBreak(folded[position]);
    }
}
