namespace Connectors.Enrichment.Sentiment;

/// <summary>What one cue added to a text's sentiment, with where it stands in the original text.</summary>
/// <param name="Value">The weight after negation, intensifiers and contrast; 0 for a contrast marker.</param>
/// <param name="Negated">The cue was negated; its sign is the opposite of the lexicon's.</param>
/// <param name="IsContrast">A contrast marker ("but"), listed so the evidence explains the weighting.</param>
/// <param name="CharStart">Offset in the original text (the negator's, when it comes first).</param>
/// <param name="CharEnd">Offset after the cue (after the negator, when it comes last).</param>
internal readonly record struct Contribution(double Value, bool Negated, bool IsContrast, int CharStart, int CharEnd);
