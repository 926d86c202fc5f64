using System.Text.Json;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Topics;

/// <summary>Reads the shipped e-commerce taxonomy (<c>Resources/default-taxonomy.json</c>).</summary>
internal static class DefaultTaxonomy
{
    public static (List<string> Order, Dictionary<string, TopicDefinition> Topics) Load()
    {
        using var stream = EmbeddedData.Open("default-taxonomy.json");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var ignoreNegated = root.GetProperty("ignoreNegated").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        var order = new List<string>();
        var topics = new Dictionary<string, TopicDefinition>(StringComparer.Ordinal);
        foreach (var topic in root.GetProperty("topics").EnumerateObject())
        {
            var phrases = topic.Value.EnumerateObject().ToDictionary(
                language => language.Name,
                language => (IReadOnlyList<string>)[.. language.Value.EnumerateArray().Select(p => p.GetString()!)],
                StringComparer.Ordinal);
            order.Add(topic.Name);
            topics[topic.Name] = new TopicDefinition(phrases, ignoreNegated.Contains(topic.Name));
        }

        return (order, topics);
    }
}
