using System.ComponentModel.DataAnnotations;
using Connectors.Abstractions;
using Connectors.Host.Routing;

namespace Connectors.Host.Enrichment;

/// <summary>One priority rule: when the condition holds, the item gets the priority.</summary>
public sealed class PriorityRuleOptions
{
    /// <summary>Shown as the evidence of the priority annotation.</summary>
    [Required(ErrorMessage = "is required")]
    public string Name { get; set; } = "";

    /// <summary>What the item (and its customer) must be.</summary>
    [Required(ErrorMessage = "is required")]
    public FeedbackCondition? When { get; set; }

    /// <summary>The priority it gets.</summary>
    public Priority Priority { get; set; } = Priority.Normal;
}
