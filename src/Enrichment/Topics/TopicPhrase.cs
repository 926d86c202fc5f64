using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Topics;

/// <summary>A topic phrase rule parsed: the pattern, and whether it is an exclusion (<c>!cheap material*</c>).</summary>
internal static class TopicPhrase
{
    public static (PhrasePattern Pattern, bool Exclusion)? TryParse(string? phrase, LanguageProfile profile, out string? error)
    {
        var exclusion = phrase is not null && phrase.TrimStart().StartsWith('!');
        var text = exclusion ? phrase!.TrimStart()[1..] : phrase;
        var pattern = PhrasePattern.TryParse(text, profile, out error);
        if (pattern is null && exclusion)
        {
            error = $"an exclusion ('!') needs a phrase after it: {error}";
        }

        return pattern is null ? null : (pattern, exclusion);
    }
}
