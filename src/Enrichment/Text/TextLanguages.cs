using System.Collections.Frozen;

namespace Connectors.Enrichment.Text;

/// <summary>The languages the lexicons and phrase rules are written for, and how each is read.</summary>
internal static class TextLanguages
{
    public static readonly FrozenDictionary<string, LanguageProfile> Profiles = new LanguageProfile[]
    {
        new("en", Unspaced: false, KeepsApostrophes: true, KeepsUmlauts: false, PostNegation.None, Window: 3),
        new("de", Unspaced: false, KeepsApostrophes: false, KeepsUmlauts: true, PostNegation.AtClauseEnd, Window: 3),
        new("fr", Unspaced: false, KeepsApostrophes: false, KeepsUmlauts: false, PostNegation.None, Window: 3),
        new("es", Unspaced: false, KeepsApostrophes: false, KeepsUmlauts: false, PostNegation.None, Window: 3),
        new("it", Unspaced: false, KeepsApostrophes: false, KeepsUmlauts: false, PostNegation.None, Window: 3),
        new("pt", Unspaced: false, KeepsApostrophes: false, KeepsUmlauts: false, PostNegation.None, Window: 3),
        new("nl", Unspaced: false, KeepsApostrophes: false, KeepsUmlauts: false, PostNegation.AtClauseEnd, Window: 3),
        new("zh", Unspaced: true, KeepsApostrophes: false, KeepsUmlauts: false, PostNegation.None, Window: 4),
        new("ja", Unspaced: true, KeepsApostrophes: false, KeepsUmlauts: false, PostNegation.Always, Window: 4),
    }.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>The codes, in a stable order for messages.</summary>
    public static readonly IReadOnlyList<string> Codes = ["en", "de", "fr", "es", "it", "pt", "nl", "zh", "ja"];

    public static LanguageProfile? Find(string? code) => code is not null && Profiles.TryGetValue(code, out var p) ? p : null;
}
