namespace Connectors.Sandbox.Surveys;

/// <summary>
/// One record a pipeline stores from the sandbox's data, and the person it truly belongs to.
/// </summary>
/// <param name="Connector">The connector that stores it: a survey connector (<c>nps-de</c>) or the Shopify one (<see cref="SurveyTruth.ShopifyConnector"/>).</param>
/// <param name="SourceId">Its id at the source: the export's response id for an answer, the customer gid for a Shopify customer.</param>
/// <param name="Person">The sandbox person index (<c>SandboxPeople.Get(Person)</c>); Shopify customer #i is person #i.</param>
/// <param name="Traits">Why it is a test case, see <see cref="SurveyTraits"/>.</param>
public sealed record TruthRecord(string Connector, string SourceId, long Person, IReadOnlyList<string> Traits)
{
    /// <summary>True when the record has the trait (<see cref="SurveyTraits"/>).</summary>
    public bool Has(string trait) => Traits.Contains(trait, StringComparer.Ordinal);
}
