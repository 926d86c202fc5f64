using System.Text.RegularExpressions;
using Connectors.Enrichment.Text;
using Connectors.Enrichment.Topics;

namespace Connectors.Enrichment;

/// <summary>
/// Topics (stable lower-case ids such as <c>delivery</c>) with phrase rules per language. Immutable: <see cref="With"/>
/// and <see cref="Without"/> return a new taxonomy, so the defaults can be extended or overridden from configuration.
/// </summary>
/// <remarks>
/// A phrase is words separated by spaces; <c>deliver*</c> matches any word starting with <c>deliver</c>; <c>*</c>
/// alone stands for any one word (<c>took * weeks</c>). Matching ignores case and accents and respects word
/// boundaries; Chinese and Japanese phrases match as substrings. A phrase starting with <c>!</c> is an exclusion: the
/// topic's matches inside it do not count (price has <c>!cheap material*</c>, because cheap materials are a quality
/// complaint).
/// </remarks>
public sealed partial class TopicTaxonomy
{
    private static readonly Lazy<TopicTaxonomy> DefaultTaxonomyInstance = new(() =>
    {
        var (order, topics) = DefaultTaxonomy.Load();
        return new TopicTaxonomy(order, topics);
    });

    private readonly List<string> order;
    private readonly Dictionary<string, TopicDefinition> topics;

    private TopicTaxonomy(List<string> order, Dictionary<string, TopicDefinition> topics)
    {
        this.order = order;
        this.topics = topics;
    }

    /// <summary>
    /// The e-commerce defaults: <c>delivery</c>, <c>damaged</c>, <c>refund_return</c>, <c>quality</c>, <c>sizing_fit</c>,
    /// <c>price</c>, <c>customer_service</c>, <c>packaging</c>, <c>missing_item</c>, <c>product_praise</c>, in en, de, fr,
    /// es, it, pt, nl, zh and ja. <c>product_praise</c> ignores negated matches.
    /// </summary>
    public static TopicTaxonomy Defaults => DefaultTaxonomyInstance.Value;

    /// <summary>No topics: start here to replace the defaults entirely.</summary>
    public static TopicTaxonomy Empty { get; } = new([], new Dictionary<string, TopicDefinition>(StringComparer.Ordinal));

    /// <summary>The languages phrases can be written for (ISO 639-1).</summary>
    public static IReadOnlyList<string> Languages => TextLanguages.Codes;

    /// <summary>The topic ids, in the order they were defined.</summary>
    public IReadOnlyCollection<string> Topics => order;

    /// <summary>A topic's phrases by language; empty for an unknown topic.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PhrasesOf(string topic) =>
        topics.TryGetValue(topic, out var definition) ? definition.PhrasesByLanguage : new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Whether the topic ignores negated matches ("not great quality" is no praise).</summary>
    public bool IgnoresNegatedMatches(string topic) => topics.TryGetValue(topic, out var definition) && definition.IgnoreNegated;

    /// <summary>Adds topics and phrases, or replaces topics' phrases.</summary>
    /// <param name="phrasesByTopicThenLanguage">Topic id, then language (ISO 639-1), then phrases.</param>
    /// <param name="replace">
    /// <c>false</c>: the phrases are added to the topic's existing ones (a new topic is created).
    /// <c>true</c>: in each language named here, the topic's phrases become exactly these (an empty list leaves the
    /// language with none); its other languages keep their phrases; a new topic is created.
    /// </param>
    /// <returns>A new taxonomy; this one is unchanged. Call <see cref="Validate"/> to check what was added.</returns>
    public TopicTaxonomy With(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> phrasesByTopicThenLanguage, bool replace)
    {
        var newOrder = new List<string>(order);
        var newTopics = new Dictionary<string, TopicDefinition>(topics, StringComparer.Ordinal);
        foreach (var (topic, byLanguage) in phrasesByTopicThenLanguage)
        {
            var existing = newTopics.GetValueOrDefault(topic);
            var merged = existing is null
                ? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
                : existing.PhrasesByLanguage.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var (language, phrases) in byLanguage)
            {
                var kept = replace ? [] : merged.GetValueOrDefault(language, []);
                merged[language] = [.. kept.Concat(phrases).Distinct(StringComparer.Ordinal)];
            }

            if (existing is null)
            {
                newOrder.Add(topic);
            }

            newTopics[topic] = new TopicDefinition(merged, existing?.IgnoreNegated ?? false);
        }

        return new TopicTaxonomy(newOrder, newTopics);
    }

    /// <summary>Removes topics (unknown ids are ignored).</summary>
    /// <returns>A new taxonomy; this one is unchanged.</returns>
    public TopicTaxonomy Without(IEnumerable<string> topics)
    {
        var removed = topics.ToHashSet(StringComparer.Ordinal);
        return new TopicTaxonomy(
            [.. order.Where(t => !removed.Contains(t))],
            this.topics.Where(p => !removed.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    /// <summary>Makes a topic ignore (or count) negated matches, as <c>product_praise</c> does by default.</summary>
    /// <exception cref="ArgumentException">The topic does not exist.</exception>
    public TopicTaxonomy WithNegatedMatchesIgnored(string topic, bool ignore = true)
    {
        var definition = topics.GetValueOrDefault(topic) ?? throw new ArgumentException($"There is no topic '{topic}'; the topics are {string.Join(", ", order)}.", nameof(topic));
        var newTopics = new Dictionary<string, TopicDefinition>(topics, StringComparer.Ordinal) { [topic] = definition with { IgnoreNegated = ignore } };
        return new TopicTaxonomy([.. order], newTopics);
    }

    /// <summary>Every problem, all at once: bad topic ids, unknown languages, empty or malformed phrases.</summary>
    public IReadOnlyList<TaxonomyProblem> Validate()
    {
        var problems = new List<TaxonomyProblem>();
        foreach (var topic in order)
        {
            if (!TopicId().IsMatch(topic))
            {
                problems.Add(new TaxonomyProblem(topic, null, null, "a topic id must be lower case letters, digits and '_', starting with a letter (for example refund_return)"));
            }

            foreach (var (language, phrases) in topics[topic].PhrasesByLanguage)
            {
                var profile = TextLanguages.Find(language);
                if (profile is null)
                {
                    problems.Add(new TaxonomyProblem(topic, language, null, $"unknown language; phrases can be written for {string.Join(", ", TextLanguages.Codes)}"));
                    continue;
                }

                foreach (var phrase in phrases)
                {
                    if (TopicPhrase.TryParse(phrase, profile, out var error) is null)
                    {
                        problems.Add(new TaxonomyProblem(topic, language, phrase, error!));
                    }
                }
            }
        }

        return problems;
    }

    internal TopicDefinition Definition(string topic) => topics[topic];

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex TopicId();
}
