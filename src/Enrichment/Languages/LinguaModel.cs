using System.Collections.Frozen;
using Lingua;

namespace Connectors.Enrichment.Languages;

/// <summary>Lingua, built from ISO 639-1 codes, answering in ISO 639-1 codes.</summary>
internal sealed class LinguaModel
{
    private readonly LanguageDetector detector;
    private readonly FrozenDictionary<Language, string> codes;

    public LinguaModel(IReadOnlyList<string> languages, bool highAccuracy, string? modelsDirectory)
    {
        var lingua = languages.Select(ToLingua).ToArray();
        codes = languages.Select((code, i) => (code, lingua[i])).ToFrozenDictionary(p => p.Item2, p => p.code);
        var builder = LanguageDetectorBuilder.FromLanguages(lingua).WithPreloadedLanguageModels();
        builder = highAccuracy ? builder : builder.WithLowAccuracyMode();
        builder = modelsDirectory is null ? builder : builder.WithLanguageModelsDirectory(modelsDirectory);

        // Preloaded models make the detector read-only after this point, which is what lets one instance serve every thread.
        detector = builder.Build();
    }

    /// <summary>The most likely language with its confidence, and the confidence in <paramref name="other"/>.</summary>
    public (string? Top, double TopConfidence, double OtherConfidence) Detect(string text, string? other)
    {
        string? top = null;
        double topConfidence = 0, otherConfidence = 0;
        foreach (var (language, confidence) in detector.ComputeLanguageConfidenceValues(text))
        {
            if (!codes.TryGetValue(language, out var code))
            {
                continue;
            }

            if (top is null && confidence > 0)
            {
                (top, topConfidence) = (code, confidence);
            }

            otherConfidence = code == other ? confidence : otherConfidence;
        }

        return (top, topConfidence, otherConfidence);
    }

    public static bool IsSupported(string code) => Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) && iso != IsoCode6391.None;

    private static Language ToLingua(string code)
    {
        if (!Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) || iso == IsoCode6391.None)
        {
            throw new ArgumentException($"'{code}' is not an ISO 639-1 code the language model knows; use two-letter codes such as en, de, fr, es, it, pt, nl, zh, ja.", nameof(code));
        }

        return LanguageInfo.GetByIsoCode6391(iso);
    }
}
