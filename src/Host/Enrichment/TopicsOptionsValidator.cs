using Connectors.Enrichment;
using Connectors.Host.Configuration;
using Connectors.Host.Routing;

namespace Connectors.Host.Enrichment;

/// <summary>
/// Checks the <c>topics</c> section (every phrase and language of what it adds or replaces, every topic it removes)
/// and that every topic a route, priority rule or alert names exists in the resulting taxonomy, so a typo is an error
/// at <c>validate</c>, not a route that never matches.
/// </summary>
public static class TopicsOptionsValidator
{
    public static void Validate(ConnectorsConfig config, List<ConfigError> errors)
    {
        var topics = config.Topics;
        var defaults = TopicTaxonomy.Defaults.Topics;
        for (var i = 0; i < topics.Remove.Count; i++)
        {
            if (!defaults.Contains(topics.Remove[i]))
            {
                errors.Add(new ConfigError($"$.topics.remove[{i}]", $"'{topics.Remove[i]}' is not a built-in topic; they are {string.Join(", ", defaults)}"));
            }
        }

        var taxonomy = TopicTaxonomyBuilder.From(topics);
        foreach (var problem in taxonomy.Validate())
        {
            var section = topics.Add.ContainsKey(problem.Topic) ? "add" : topics.Replace.ContainsKey(problem.Topic) ? "replace" : null;
            var path = section is null ? "$.topics" : $"$.topics.{section}.{problem.Topic}{(problem.Language is null ? "" : $".{problem.Language}")}";
            errors.Add(new ConfigError(path, problem.Phrase is null ? problem.Message : $"'{problem.Phrase}': {problem.Message}"));
        }

        if (!config.Enrichment.Topics.Enabled)
        {
            return;
        }

        var known = taxonomy.Topics;
        foreach (var route in config.Routes)
        {
            CheckNames(route.When, $"{route.JsonPath}.when", known, errors);
        }

        var rules = config.Enrichment.Priority.Rules ?? [];
        for (var i = 0; i < rules.Count; i++)
        {
            CheckNames(rules[i].When, $"$.enrichment.priority.rules[{i}].when", known, errors);
        }

        foreach (var alert in config.Alerts)
        {
            CheckNames(alert.When, $"{alert.JsonPath}.when", known, errors);
        }
    }

    private static void CheckNames(FeedbackCondition? when, string path, IReadOnlyCollection<string> known, List<ConfigError> errors)
    {
        if (when is null)
        {
            return;
        }

        foreach (var (list, name) in new[] { (when.Topics, "topics"), (when.AllTopics, "allTopics") })
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (!known.Contains(list[i]))
                {
                    errors.Add(new ConfigError($"{path}.{name}[{i}]", $"unknown topic '{list[i]}'; the topics are {string.Join(", ", known)} (add your own in the topics section)"));
                }
            }
        }
    }
}
