using System.Text;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Sentiment;

/// <summary>
/// Per-thread working memory for <see cref="SentimentAnalyzer"/>: the analyzer is shared across threads, and
/// reusing these buffers is what keeps an analysis down to the evidence string as its only allocation.
/// </summary>
internal sealed class SentimentScratch
{
    [ThreadStatic]
    private static SentimentScratch? current;

    public char[] Folded { get; private set; } = new char[512];

    public ScratchList<Token> Tokens { get; } = new(64);

    public ScratchList<CueEvent> Events { get; } = new(32);

    public ScratchList<Contribution> Contributions { get; } = new(32);

    public StringBuilder Evidence { get; } = new(128);

    public static SentimentScratch ForThread()
    {
        var scratch = current ??= new SentimentScratch();
        scratch.Tokens.Clear();
        scratch.Events.Clear();
        scratch.Contributions.Clear();
        scratch.Evidence.Clear();
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
