using System.Collections.Frozen;
using Connectors.Enrichment.Sentiment;
using Connectors.Enrichment.Text;
using Connectors.Enrichment.Topics;

namespace Connectors.Enrichment;

/// <summary>
/// Finds the topics of feedback (several per item) by the phrase rules of a <see cref="TopicTaxonomy"/>.
/// Thread-safe; construction compiles the rules, so build one per taxonomy and share it.
/// </summary>
public sealed class TopicClassifier
{
    /// <summary>Texts are read up to this many characters.</summary>
    public const int MaxTextLength = 20_000;

    private readonly string[] topicIds;
    private readonly bool[] ignoreNegated;
    private readonly FrozenDictionary<string, CompiledTopics> languages;

    /// <summary>Compiles a taxonomy.</summary>
    /// <exception cref="ArgumentException">The taxonomy has problems (<see cref="TopicTaxonomy.Validate"/>); the message lists them all.</exception>
    public TopicClassifier(TopicTaxonomy taxonomy)
    {
        var problems = taxonomy.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The topic taxonomy has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}", nameof(taxonomy));
        }

        Taxonomy = taxonomy;
        topicIds = [.. taxonomy.Topics];
        ignoreNegated = [.. topicIds.Select(taxonomy.IgnoresNegatedMatches)];
        languages = TextLanguages.Profiles.Values.ToFrozenDictionary(p => p.Code, p => Compile(p, topicIds, taxonomy), StringComparer.Ordinal);
    }

    /// <summary>The taxonomy this classifier was built from.</summary>
    public TopicTaxonomy Taxonomy { get; }

    /// <summary>The topics of one text, in the order of the taxonomy; empty when none matched or the language has no phrases.</summary>
    /// <param name="text">The feedback text.</param>
    /// <param name="language">ISO 639-1 (a BCP 47 tag is accepted), usually from <see cref="LanguageIdentifier"/>.</param>
    public IReadOnlyList<TopicMatch> Classify(string? text, string? language)
    {
        if (string.IsNullOrEmpty(text) || LanguageTags.Primary(language) is not { } code || !languages.TryGetValue(code, out var compiled))
        {
            return [];
        }

        var scratch = TopicScratch.ForThread();
        var source = text.AsSpan(0, Math.Min(text.Length, MaxTextLength));
        var folded = scratch.Fold(source, compiled.Profile.KeepsUmlauts);
        if (compiled.Words is { } words)
        {
            var exclamations = 0;
            Tokenizer.Tokenize(folded, compiled.Profile, scratch.Tokens, ref exclamations);
            CollectWords(folded, scratch.Tokens.Span, words, scratch.Hits);
        }
        else
        {
            CollectCharacters(folded, compiled.Characters!, scratch.Hits);
        }

        return Decide(source, folded, scratch, compiled);
    }

    private List<TopicMatch> Decide(ReadOnlySpan<char> source, ReadOnlySpan<char> folded, TopicScratch scratch, CompiledTopics compiled)
    {
        var hits = scratch.Hits.Span;
        List<TopicMatch>? matches = null;
        Span<int> entries = stackalloc int[3];
        for (var topic = 0; topic < topicIds.Length; topic++)
        {
            var distinct = 0;
            var first = -1;
            for (var h = 0; h < hits.Length; h++)
            {
                ref readonly var hit = ref hits[h];
                if (hit.Topic != topic || hit.Exclusion || Excluded(hits, hit)
                    || entries[..distinct].Contains(hit.Entry)
                    || (ignoreNegated[topic] && Negated(folded, scratch, hit, compiled)))
                {
                    continue;
                }

                first = first < 0 ? h : first;
                if (distinct < entries.Length)
                {
                    entries[distinct++] = hit.Entry;
                }
            }

            if (first >= 0)
            {
                var confidence = distinct switch { 1 => 0.6, 2 => 0.8, _ => 0.9 };
                (matches ??= []).Add(new TopicMatch(topicIds[topic], confidence, source[hits[first].CharStart..hits[first].CharEnd].ToString()));
            }
        }

        return matches ?? [];
    }

    /// <summary>An exclusion of the same topic covers the hit ("cheap materials" is no price remark).</summary>
    private static bool Excluded(ReadOnlySpan<TopicHit> hits, in TopicHit hit)
    {
        foreach (var other in hits)
        {
            if (other.Exclusion && other.Topic == hit.Topic && other.Start <= hit.Start && other.End >= hit.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(ReadOnlySpan<char> folded, TopicScratch scratch, in TopicHit hit, CompiledTopics compiled) =>
        compiled.Words is not null
            ? TopicNegation.InWords(folded, scratch.Tokens.Span, hit, compiled)
            : TopicNegation.InCharacters(folded, hit, compiled);

    private static void CollectWords(ReadOnlySpan<char> folded, ReadOnlySpan<Token> tokens, TokenMatcher<TopicRule> words, ScratchList<TopicHit> hits)
    {
        Span<Hit> found = stackalloc Hit[16];
        for (var i = 0; i < tokens.Length; i++)
        {
            var count = words.MatchAt(folded, tokens, i, found);
            foreach (var f in found[..count])
            {
                var rule = words[f.Entry].Payload;
                hits.Add(new TopicHit(rule.Topic, rule.Exclusion, f.Entry, i, i + f.Length, tokens[i].Start, tokens[i + f.Length - 1].End));
            }
        }
    }

    private static void CollectCharacters(ReadOnlySpan<char> folded, SubstringMatcher<TopicRule> characters, ScratchList<TopicHit> hits)
    {
        Span<Hit> found = stackalloc Hit[16];
        for (var i = 0; i < folded.Length; i++)
        {
            var count = characters.MatchAt(folded, i, found);
            foreach (var f in found[..count])
            {
                var rule = characters[f.Entry].Payload;
                hits.Add(new TopicHit(rule.Topic, rule.Exclusion, f.Entry, i, i + f.Length, i, i + f.Length));
            }
        }
    }

    private static CompiledTopics Compile(LanguageProfile profile, string[] topicIds, TopicTaxonomy taxonomy)
    {
        var rules = new List<(PhrasePattern, TopicRule)>();
        for (var t = 0; t < topicIds.Length; t++)
        {
            foreach (var phrase in taxonomy.Definition(topicIds[t]).PhrasesByLanguage.GetValueOrDefault(profile.Code, []))
            {
                var (pattern, exclusion) = TopicPhrase.TryParse(phrase, profile, out _)!.Value;
                rules.Add((pattern, new TopicRule(t, exclusion)));
            }
        }

        return new CompiledTopics(profile, rules, SentimentLexicons.Shipped[profile.Code]);
    }
}
