namespace Connectors.Enrichment.Text;

/// <summary>
/// A phrase rule parsed for one language: a sequence of word patterns for space-separated languages, or a plain
/// substring for Chinese and Japanese. Both are folded (<see cref="CharFolding"/>) like the texts they match.
/// </summary>
internal sealed class PhrasePattern
{
    private PhrasePattern(string source, PatternToken[] tokens, string? substring)
    {
        Source = source;
        Tokens = tokens;
        Substring = substring;
    }

    /// <summary>The phrase as written.</summary>
    public string Source { get; }

    /// <summary>The word patterns; empty for an unspaced language.</summary>
    public PatternToken[] Tokens { get; }

    /// <summary>The folded substring for an unspaced language; <c>null</c> otherwise.</summary>
    public string? Substring { get; }

    /// <summary>How specific the pattern is, to prefer the longer of two matches at one place.</summary>
    public int Weight => Substring?.Length ?? Tokens.Sum(t => t.Text.Length + 1);

    /// <summary>Parses a phrase, or says in a few words what is wrong with it.</summary>
    public static PhrasePattern? TryParse(string? phrase, LanguageProfile profile, out string? error)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            error = "the phrase is empty";
            return null;
        }

        return profile.Unspaced ? ParseUnspaced(phrase, profile, out error) : ParseSpaced(phrase, profile, out error);
    }

    private static PhrasePattern? ParseUnspaced(string phrase, LanguageProfile profile, out string? error)
    {
        // A trailing '*' means what a substring match does anyway; anywhere else it cannot be honoured.
        var trimmed = phrase.Trim().TrimEnd('*');
        if (trimmed.Contains('*', StringComparison.Ordinal))
        {
            error = $"'*' inside a phrase is not supported for '{profile.Code}': phrases match as substrings";
            return null;
        }

        var folded = new string(CharFolding.Fold(trimmed).Where(c => !char.IsWhiteSpace(c) && !CharClasses.IsClauseBreak(c)).ToArray());
        if (folded.Length == 0)
        {
            error = "the phrase has no letters";
            return null;
        }

        error = null;
        return new PhrasePattern(phrase, [], folded);
    }

    private static PhrasePattern? ParseSpaced(string phrase, LanguageProfile profile, out string? error)
    {
        var folded = CharFolding.Fold(phrase, profile.KeepsUmlauts);
        var tokens = new List<PatternToken>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsPatternChar(folded, i, profile))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < folded.Length && IsPatternChar(folded, i, profile))
            {
                i++;
            }

            var word = folded[start..i];
            var star = word.IndexOf('*', StringComparison.Ordinal);
            if (word == "*")
            {
                tokens.Add(new PatternToken("", PatternTokenKind.Any));
            }
            else if (star == word.Length - 1)
            {
                tokens.Add(new PatternToken(word[..^1], PatternTokenKind.Prefix));
            }
            else if (star >= 0)
            {
                error = $"'*' may only end a word ('deliver*') or stand for one word; '{word}' has it inside";
                return null;
            }
            else
            {
                tokens.Add(new PatternToken(word, PatternTokenKind.Exact));
            }
        }

        if (tokens.Count == 0)
        {
            error = "the phrase has no letters";
            return null;
        }

        if (tokens[0].Kind == PatternTokenKind.Any || tokens[^1].Kind == PatternTokenKind.Any)
        {
            error = "a phrase may not start or end with '*' on its own; write the words around it";
            return null;
        }

        error = null;
        return new PhrasePattern(phrase, [.. tokens], null);
    }

    private static bool IsPatternChar(string s, int i, LanguageProfile profile)
    {
        var c = s[i];
        return c == '*' || CharClasses.IsWordChar(c) || (profile.KeepsApostrophes && Tokenizer.IsInnerApostrophe(s, i));
    }
}
