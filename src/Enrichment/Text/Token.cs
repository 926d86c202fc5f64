namespace Connectors.Enrichment.Text;

/// <summary>A word (or an emoji) of a space-separated text, by its offsets in the text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Clause">Index of the clause the token is in; punctuation starts a new clause.</param>
/// <param name="Emoji">The emoji's sentiment when the token is an emoji; <c>NaN</c> for words.</param>
internal readonly record struct Token(int Start, int Length, int Clause, float Emoji)
{
    public bool IsWord => float.IsNaN(Emoji);

    public int End => Start + Length;
}
