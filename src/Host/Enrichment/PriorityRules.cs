using Connectors.Abstractions;
using Connectors.Host.Routing;

namespace Connectors.Host.Enrichment;

/// <summary>
/// The built-in <c>priority</c> enricher: the first rule whose condition holds sets the item's priority, from what the
/// other enrichers found, the rating, the channel and the customer (read only when a rule asks about the customer).
/// Runs last, after every other enricher.
/// </summary>
public sealed class PriorityRules
{
    public const string Name = "priority";
    public const string Version = "1";

    private readonly IReadOnlyList<PriorityRuleOptions> _rules;
    private readonly Priority _default;

    public PriorityRules(PriorityEnrichmentOptions options)
    {
        _rules = options.Rules ?? Defaults;
        _default = options.Default;
    }

    /// <summary>
    /// The rules used when the configuration gives none: a repeat buyer's complaint, and a complaint about a damaged
    /// or missing item, are urgent; any other complaint is high; praise is low.
    /// </summary>
    public static IReadOnlyList<PriorityRuleOptions> Defaults { get; } =
    [
        new() { Name = "repeat-buyer-complaint", Priority = Priority.Urgent, When = new() { Sentiment = ["negative"], CustomerOrdersAtLeast = 2 } },
        new() { Name = "damaged-or-missing", Priority = Priority.Urgent, When = new() { Sentiment = ["negative"], Topics = ["damaged", "missing_item"] } },
        new() { Name = "complaint", Priority = Priority.High, When = new() { Sentiment = ["negative"] } },
        new() { Name = "praise", Priority = Priority.Low, When = new() { Sentiment = ["positive"] } },
    ];

    /// <summary>The item's priority and the rule that set it (<c>default</c> when none held).</summary>
    public (Priority Priority, string Rule) Assign(FeedbackFacts facts)
    {
        foreach (var rule in _rules)
        {
            if (rule.When!.Matches(facts))
            {
                return (rule.Priority, rule.Name);
            }
        }

        return (_default, "default");
    }
}
