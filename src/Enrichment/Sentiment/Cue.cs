namespace Connectors.Enrichment.Sentiment;

/// <summary>A lexicon entry's meaning: its kind and its weight (polar) or factor (intensifier).</summary>
/// <param name="Kind">What the entry does.</param>
/// <param name="Value">Weight or factor.</param>
/// <param name="SelfNegated">
/// A polar phrase that carries its own negation ("pas reçu", "no response", 没收到): a negator before it is part of
/// the same negation ("je n'ai pas reçu"), not a second one that would flip it back.
/// </param>
internal readonly record struct Cue(CueKind Kind, float Value, bool SelfNegated = false);
