using Connectors.Sandbox.Framework;

namespace Connectors.Sandbox.Surveys.Internal;

/// <summary>A sandbox person who may answer in a market's exports, and the roles that shape how they write their details.</summary>
internal sealed class Respondent(SandboxPerson person, MarketProfile market, bool isCustomer)
{
    public SandboxPerson Person { get; } = person;

    public long Index => Person.Index;

    /// <summary>The market the person lives in (their country's).</summary>
    public MarketProfile Market { get; } = market;

    /// <summary>True for a Shopify customer of the sandbox shop; false for someone who appears only in surveys.</summary>
    public bool IsCustomer { get; } = isCustomer;

    /// <summary>The household whose phone the person gives in every answer, if any.</summary>
    public Household? Household { get; set; }

    /// <summary>Picked as one of a namesake pair: every answer shows the name.</summary>
    public bool IsNamesake { get; set; }

    /// <summary>Another market whose survey the person also answers once.</summary>
    public MarketProfile? AlsoAnswersIn { get; set; }

    public string FullName => ExportAssembler.FullName(Person);
}
