using Connectors.Enrichment;

namespace Connectors.Host.Enrichment;

/// <summary>The taxonomy the <c>topics</c> section describes: the defaults (unless switched off), less what it removes, with its replacements and additions.</summary>
internal static class TopicTaxonomyBuilder
{
    public static TopicTaxonomy From(TopicsOptions options)
    {
        var taxonomy = (options.UseDefaults ? TopicTaxonomy.Defaults : TopicTaxonomy.Empty).Without(options.Remove);
        if (options.Replace.Count > 0)
        {
            taxonomy = taxonomy.With(ReadOnly(options.Replace), replace: true);
        }

        return options.Add.Count > 0 ? taxonomy.With(ReadOnly(options.Add), replace: false) : taxonomy;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadOnly(Dictionary<string, Dictionary<string, List<string>>> phrases) =>
        phrases.ToDictionary(
            t => t.Key,
            t => (IReadOnlyDictionary<string, IReadOnlyList<string>>)t.Value.ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
}
