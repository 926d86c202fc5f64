namespace Connectors.Enrichment.Text;

/// <summary>Splits a folded, space-separated text into words, emoji and clauses, without allocating.</summary>
internal static class Tokenizer
{
    /// <summary>An apostrophe between two word characters ("don't"), as opposed to a quote.</summary>
    public static bool IsInnerApostrophe(ReadOnlySpan<char> s, int i) =>
        s[i] == '\'' && i > 0 && i + 1 < s.Length && CharClasses.IsWordChar(s[i - 1]) && CharClasses.IsWordChar(s[i + 1]);

    /// <summary>Writes the tokens of <paramref name="folded"/> into the scratch list and counts exclamation marks.</summary>
    public static void Tokenize(ReadOnlySpan<char> folded, LanguageProfile profile, ScratchList<Token> tokens, ref int exclamations)
    {
        var clause = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (CharClasses.IsWordChar(c))
            {
                var start = i;
                while (i < folded.Length && (CharClasses.IsWordChar(folded[i]) || (profile.KeepsApostrophes && IsInnerApostrophe(folded, i))))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, clause, float.NaN));
                continue;
            }

            if (CharClasses.MayStartEmoji(c) && Emoji.TryMatch(folded, i, out var length, out var value))
            {
                tokens.Add(new Token(i, length, clause, value));
                i += length;
                continue;
            }

            if (CharClasses.IsClauseBreak(c))
            {
                exclamations += c is '!' or '！' ? 1 : 0;
                if (tokens.Count > 0 && tokens[^1].Clause == clause)
                {
                    clause++;
                }
            }

            i++;
        }
    }
}
