using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Topics;

/// <summary>Per-thread working memory for <see cref="TopicClassifier"/>, which is shared across threads.</summary>
internal sealed class TopicScratch
{
    [ThreadStatic]
    private static TopicScratch? current;

    public char[] Folded { get; private set; } = new char[512];

    public ScratchList<Token> Tokens { get; } = new(64);

    public ScratchList<TopicHit> Hits { get; } = new(16);

    public static TopicScratch ForThread()
    {
        var scratch = current ??= new TopicScratch();
        scratch.Tokens.Clear();
        scratch.Hits.Clear();
        return scratch;
    }

    public Span<char> Fold(ReadOnlySpan<char> text, bool keepUmlauts)
    {
        if (Folded.Length < text.Length)
        {
            Folded = new char[Math.Max(text.Length, Folded.Length * 2)];
        }

        var folded = Folded.AsSpan(0, text.Length);
        CharFolding.Fold(text, folded, keepUmlauts);
        return folded;
    }
}
