namespace Connectors.Enrichment.Text;

/// <summary>How a <see cref="PatternToken"/> matches a word.</summary>
internal enum PatternTokenKind : byte
{
    /// <summary>The whole word.</summary>
    Exact,

    /// <summary>Any word that starts with the text (written <c>deliver*</c>).</summary>
    Prefix,

    /// <summary>Any one word (written <c>*</c>, not first).</summary>
    Any,
}
