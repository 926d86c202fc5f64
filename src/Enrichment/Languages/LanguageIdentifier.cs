using System.Collections.Frozen;
using Connectors.Enrichment.Languages;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment;

/// <summary>
/// Tells the language of feedback. A language the source states (a review's language, a shop's locale) is kept
/// unless the text clearly disagrees; very short texts ("ok", "👍") keep the stated language or get none.
/// The script settles Chinese and Japanese; a check of common words settles most other texts; Lingua (low-accuracy
/// mode by default) decides the rest. Thread-safe; construction loads the model (about 0.3 s), so share one.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>The confidence reported for a stated language the text was too short (or too foreign) to check.</summary>
    public const double UncheckedConfidence = 0.5;

    /// <summary>A Latin-script text with fewer letters says nothing about its language ("ok", "Top!").</summary>
    public const int MinimumLetters = 4;

    /// <summary>A text must have this many letters to overrule a stated language; short texts are too often ambiguous.</summary>
    public const int MinimumLettersToOverrule = 12;

    /// <summary>How sure the model must be of another language to overrule a stated one.</summary>
    public const double OverruleConfidence = 0.8;

    /// <summary>Below this confidence the model gives way to a clear lead in common words.</summary>
    public const double UnsureModel = 0.9;

    /// <summary>Texts are read up to this many characters; more does not change the answer.</summary>
    public const int MaxTextLength = 1_000;

    private readonly FrozenSet<string> languages;
    private readonly LinguaModel? model;
    private readonly CommonWords? commonWords;

    /// <summary>Builds an identifier for the given languages (ISO 639-1), or for <see cref="DefaultLanguages"/>.</summary>
    /// <exception cref="ArgumentException">A code is not one Lingua knows.</exception>
    public LanguageIdentifier(IEnumerable<string>? languages = null)
        : this(new LanguageIdentifierOptions { Languages = languages?.ToArray() })
    {
    }

    /// <summary>Builds an identifier with explicit options.</summary>
    /// <exception cref="ArgumentException">A code is not one Lingua knows, or there is none.</exception>
    public LanguageIdentifier(LanguageIdentifierOptions options)
    {
        var codes = (options.Languages ?? DefaultLanguages)
            .Select(c => LanguageTags.Primary(c) ?? throw new ArgumentException($"'{c}' is not a language code; use ISO 639-1 codes such as en or de.", nameof(options)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (codes.Length == 0)
        {
            throw new ArgumentException("At least one language is needed.", nameof(options));
        }

        Languages = codes;
        languages = codes.ToFrozenSet(StringComparer.Ordinal);

        // Lingua needs two languages to choose between; with one, any text with letters is that language.
        model = codes.Length >= 2 ? new LinguaModel(codes, options.HighAccuracy, options.ModelsDirectory) : null;

        // The quick check only knows the languages it has word lists for: with any other Latin-script language in the
        // list, a Swedish text could look Dutch to it, so then the model decides everything.
        var latin = codes.Where(c => c is not ("zh" or "ja")).ToArray();
        commonWords = !options.ModelOnly && latin.Length > 0 && latin.All(CommonWordLanguages.Contains) ? new CommonWords(latin) : null;
    }

    /// <summary>en, de, fr, es, it, pt, nl, zh, ja.</summary>
    public static IReadOnlyList<string> DefaultLanguages { get; } = TextLanguages.Codes;

    /// <summary>The languages this identifier tells apart.</summary>
    public IReadOnlyList<string> Languages { get; }

    private static FrozenSet<string> CommonWordLanguages { get; } = FrozenSet.Create(StringComparer.Ordinal, "en", "de", "fr", "es", "it", "pt", "nl");

    /// <summary>The language of one text.</summary>
    /// <param name="text">The feedback text.</param>
    /// <param name="statedLanguage">What the source says the language is, as a BCP 47 tag (<c>de-DE</c>) or ISO code; <c>null</c> if nothing.</param>
    public LanguageGuess Identify(string? text, string? statedLanguage)
    {
        var stated = LanguageTags.Primary(statedLanguage);
        var span = (text ?? "").AsSpan();
        span = span.Length > MaxTextLength ? span[..MaxTextLength] : span;
        var scripts = ScriptCounts.Of(span);
        if (scripts.Cjk >= 2 && scripts.Cjk >= scripts.Latin)
        {
            return ByScript(scripts, stated);
        }

        if (scripts.Letters < MinimumLetters || scripts.Latin + scripts.Other < MinimumLetters)
        {
            return Stated(stated, UncheckedConfidence);
        }

        if (stated is not null && !languages.Contains(stated))
        {
            // Nothing to compare it with: the source may well know a language this identifier was not built for.
            return Stated(stated, UncheckedConfidence);
        }

        if (languages.Count == 1)
        {
            return stated is not null ? Stated(stated, 1) : new LanguageGuess(Languages[0], 1, false);
        }

        var words = CountCommonWords(span, stated);
        if (stated is not null)
        {
            return CheckStated(text!, span, stated, words, scripts);
        }

        return words.Decisive ? new LanguageGuess(words.Best, words.Confidence, false) : FromModel(text!, span, words);
    }

    private LanguageGuess CheckStated(string text, ReadOnlySpan<char> span, string stated, WordCount words, ScriptCounts scripts)
    {
        if (words.StatedHits > 0 && words.StatedHits >= words.BestOtherHits)
        {
            return Stated(stated, words.StatedConfidence);
        }

        if (scripts.Letters < MinimumLettersToOverrule)
        {
            return Stated(stated, UncheckedConfidence);
        }

        if (words.StatedHits == 0 && words.Decisive)
        {
            // Not one common word of the stated language and a clear lead of another (the lead that decides a text
            // with nothing stated): the model agrees on such texts, and asking it costs a hundred times the check.
            return new LanguageGuess(words.Best, words.Confidence, false);
        }

        var (top, topConfidence, statedConfidence) = model!.Detect(Slice(text, span), stated);
        return top is not null && top != stated && topConfidence >= OverruleConfidence
            ? new LanguageGuess(top, Math.Round(topConfidence, 3), false)
            : Stated(stated, Math.Round(statedConfidence, 3));
    }

    private LanguageGuess FromModel(string text, ReadOnlySpan<char> span, WordCount words)
    {
        var (top, confidence, leaderConfidence) = model!.Detect(Slice(text, span), words.Best);
        if (top is null)
        {
            return LanguageGuess.Unknown;
        }

        // On a few words the low-accuracy model is often unsure between close languages (es/pt, fr/de); a common
        // word of one of them ("je", "como") is then the better clue, unless the model is sure.
        return words.HasLeader && words.Best != top && confidence < UnsureModel
            ? new LanguageGuess(words.Best, Math.Round(Math.Max(leaderConfidence, UncheckedConfidence), 3), false)
            : new LanguageGuess(top, Math.Round(confidence, 3), false);
    }

    private LanguageGuess ByScript(ScriptCounts scripts, string? stated)
    {
        // Kana are Japanese only; Han alone is Chinese, or Japanese written in kanji only, so a stated ja is kept.
        var japanese = scripts.Kana >= 2 || scripts.Kana * 5 >= scripts.Cjk;
        var guess = japanese ? "ja" : "zh";
        if (stated == guess || (stated == "ja" && !japanese))
        {
            return Stated(stated, stated == guess ? 1 : UncheckedConfidence);
        }

        return languages.Contains(guess) ? new LanguageGuess(guess, japanese ? 1 : 0.95, false) : Stated(stated, UncheckedConfidence);
    }

    private WordCount CountCommonWords(ReadOnlySpan<char> span, string? stated)
    {
        if (commonWords is null)
        {
            return default;
        }

        Span<char> folded = span.Length <= 512 ? stackalloc char[span.Length] : new char[span.Length];
        CharFolding.Fold(span, folded);
        Span<int> hits = stackalloc int[commonWords.Languages.Count];
        commonWords.Count(folded, hits);
        return WordCount.From(hits, commonWords.Languages, stated);
    }

    private static string Slice(string text, ReadOnlySpan<char> span) => span.Length == text.Length ? text : span.ToString();

    private static LanguageGuess Stated(string? stated, double confidence) =>
        stated is null ? LanguageGuess.Unknown : new LanguageGuess(stated, confidence, true);
}
