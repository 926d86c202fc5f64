using Connectors.Abstractions;

namespace Connectors.Host.Enrichment;

/// <summary>Priority rules: the first rule whose condition holds sets the item's priority; none, the default.</summary>
public sealed class PriorityEnrichmentOptions : EnricherSwitch
{
    /// <summary>The rules in order; absent, the built-in rules (see the operator guide).</summary>
    public List<PriorityRuleOptions>? Rules { get; set; }

    /// <summary>The priority when no rule holds.</summary>
    public Priority Default { get; set; } = Priority.Normal;
}
