namespace Connectors.Enrichment.Text;

/// <summary>Whether a negator may stand after the word it negates.</summary>
internal enum PostNegation
{
    /// <summary>Only before: "not good", "pas bon", "不好".</summary>
    None,

    /// <summary>Also after, when the negator closes the clause: "gefällt mir nicht", "werkt niet".</summary>
    AtClauseEnd,

    /// <summary>Always after, as the grammar puts it: "良くない", "満足していません".</summary>
    Always,
}
