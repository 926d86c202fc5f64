using System.Collections.Frozen;
using Connectors.Abstractions;
using Connectors.Enrichment.Sentiment;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment;

/// <summary>
/// Scores the sentiment of feedback from its rating (scale-aware) and its text (per-language lexicons with
/// negation, intensifiers, contrast and emoji). Thread-safe; create one and share it. Construction loads every
/// lexicon; analysis allocates only the evidence string.
/// </summary>
public sealed class SentimentAnalyzer
{
    /// <summary>Texts are read up to this many characters; the rest of a very long message adds cost, not signal.</summary>
    public const int MaxTextLength = 20_000;

    private readonly FrozenDictionary<string, SentimentLexicon> lexicons;

    /// <summary>Loads the lexicons of every supported language.</summary>
    public SentimentAnalyzer() => lexicons = SentimentLexicons.Shipped;

    /// <summary>The languages the lexicons cover (ISO 639-1); other texts are scored from their rating and emoji alone.</summary>
    public static IReadOnlyList<string> Languages => TextLanguages.Codes;

    /// <summary>Scores one item.</summary>
    /// <param name="text">The feedback text (title and body, as the caller sees fit); may be empty.</param>
    /// <param name="language">The text's language as ISO 639-1 (a BCP 47 tag is accepted), usually from <see cref="LanguageIdentifier"/>.</param>
    /// <param name="rating">The customer's rating, when the item has one.</param>
    public SentimentResult Analyze(string? text, string? language, Rating? rating)
    {
        var scratch = SentimentScratch.ForThread();
        var lexicon = LanguageTags.Primary(language) is { } code ? lexicons.GetValueOrDefault(code) : null;
        var source = (text ?? "").AsSpan();
        source = source.Length > MaxTextLength ? source[..MaxTextLength] : source;
        var folded = scratch.Fold(source, lexicon?.Profile.KeepsUmlauts ?? false);

        var exclamations = 0;
        if (lexicon?.Words is { } words)
        {
            Tokenizer.Tokenize(folded, lexicon.Profile, scratch.Tokens, ref exclamations);
            CueScanner.ScanWords(folded, scratch.Tokens.Span, words, scratch.Events);
        }
        else
        {
            exclamations = CueScanner.ScanCharacters(folded, lexicon?.Characters, scratch.Events);
        }

        var sum = CueScorer.Score(scratch.Events.Span, lexicon?.Profile, exclamations, scratch.Contributions);
        var hasCues = false;
        foreach (var c in scratch.Contributions.Span)
        {
            hasCues |= !c.IsContrast;
        }

        var score = ScoreFusion.Fuse(rating is { } r ? RatingPolarity.Of(r) : null, ScoreFusion.TextScore(sum), hasCues);
        var evidence = EvidenceWriter.Write(scratch.Evidence, source, rating, scratch.Contributions.Span);
        return new SentimentResult(Math.Round(score, 3), ScoreFusion.Label(score), evidence);
    }
}
