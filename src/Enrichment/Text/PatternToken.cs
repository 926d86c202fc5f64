namespace Connectors.Enrichment.Text;

/// <summary>One word of a phrase rule: a word, a word stem (<c>deliver*</c>) or any one word (<c>*</c>).</summary>
internal readonly record struct PatternToken(string Text, PatternTokenKind Kind)
{
    public bool Matches(ReadOnlySpan<char> word) => Kind switch
    {
        PatternTokenKind.Exact => word.SequenceEqual(Text),
        PatternTokenKind.Prefix => word.StartsWith(Text, StringComparison.Ordinal),
        _ => true,
    };
}
