namespace Connectors.Enrichment.Sentiment;

/// <summary>A lexicon entry's meaning: its kind and its weight (polar) or factor (intensifier).</summary>
internal readonly record struct Cue(CueKind Kind, float Value);
