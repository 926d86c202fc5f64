using System.Collections.Frozen;
using Connectors.Enrichment.Text;

namespace Connectors.Enrichment.Sentiment;

/// <summary>The shipped lexicons of every supported language, loaded once per process on first use.</summary>
internal static class SentimentLexicons
{
    private static readonly Lazy<FrozenDictionary<string, SentimentLexicon>> All = new(Load);

    /// <summary>The shipped lexicons by ISO 639-1 code.</summary>
    public static FrozenDictionary<string, SentimentLexicon> Shipped => All.Value;

    public static SentimentLexicon? For(string? language) =>
        language is not null && All.Value.TryGetValue(language, out var lexicon) ? lexicon : null;

    private static FrozenDictionary<string, SentimentLexicon> Load()
    {
        return TextLanguages.Profiles.Values.ToFrozenDictionary(
            p => p.Code,
            p => SentimentLexicon.Parse(p, EmbeddedData.Lines($"sentiment.{p.Code}.txt"), $"sentiment.{p.Code}.txt"),
            StringComparer.Ordinal);
    }
}
