using Connectors.Enrichment.Sentiment;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Topics;

/// <summary>One language's topic phrases compiled into one matcher, with that language's negators for the negation check.</summary>
internal sealed class CompiledTopics
{
    public CompiledTopics(LanguageProfile profile, IEnumerable<(PhrasePattern Pattern, TopicRule Rule)> rules, SentimentLexicon negation)
    {
        Profile = profile;
        if (profile.Unspaced)
        {
            Characters = new SubstringMatcher<TopicRule>(rules.Select(r => (r.Pattern.Substring!, r.Rule)));
        }
        else
        {
            Words = new TokenMatcher<TopicRule>(rules);
        }

        Negation = negation;
        NegatorWords = negation.NegatorWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LanguageProfile Profile { get; }

    public TokenMatcher<TopicRule>? Words { get; }

    public SubstringMatcher<TopicRule>? Characters { get; }

    public SentimentLexicon Negation { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorWords { get; }
}
