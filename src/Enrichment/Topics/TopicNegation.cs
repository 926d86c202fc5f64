using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Topics;

/// <summary>
/// Whether a topic phrase is negated, with the same reach as the sentiment rules: a negator a few words before it in
/// the same clause, or after it where the grammar puts it there ("gefällt mir nicht", "良くない").
/// </summary>
internal static class TopicNegation
{
    public static bool InWords(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, in TopicHit hit, CompiledTopics language)
    {
        var clause = tokens[hit.Start].Clause;
        var window = language.Profile.Window;
        for (var k = hit.Start - 1; k >= 0 && k >= hit.Start - window && tokens[k].Clause == clause; k--)
        {
            if (IsNegator(folded, tokens[k], language))
            {
                return true;
            }
        }

        if (language.Profile.PostNegation == PostNegation.None)
        {
            return false;
        }

        for (var k = hit.End; k < tokens.Length && k < hit.End + window && tokens[k].Clause == clause; k++)
        {
            var clauseFinal = k + 1 == tokens.Length || tokens[k + 1].Clause != clause;
            if (clauseFinal && IsNegator(folded, tokens[k], language))
            {
                return true;
            }
        }

        return false;
    }

    public static bool InCharacters(ReadOnlySpan<char> folded, in TopicHit hit, CompiledTopics language)
    {
        var negators = language.Negation.Negators;
        var window = language.Profile.Window;
        for (var p = hit.Start - 1; p >= 0 && p >= hit.Start - window && !CharClasses.IsClauseBreak(folded[p]); p--)
        {
            if (negators.LongestAt(folded, p, out var negator) && p + negator.Length <= hit.Start)
            {
                return true;
            }
        }

        if (language.Profile.PostNegation != PostNegation.Always)
        {
            return false;
        }

        for (var p = hit.End; p < folded.Length && p < hit.End + window && !CharClasses.IsClauseBreak(folded[p]); p++)
        {
            if (negators.LongestAt(folded, p, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegator(ReadOnlySpan<char> folded, Token token, CompiledTopics language) =>
        token.IsWord && language.NegatorWords.Contains(folded.Slice(token.Start, token.Length));
}
