namespace Connectors.Enrichment.Sentiment;

/// <summary>One cue found in a text, in text order.</summary>
/// <param name="Kind">What the cue does.</param>
/// <param name="Value">Weight or factor.</param>
/// <param name="Position">First token (or character, when unspaced); distances between cues are counted in these units.</param>
/// <param name="End">Position after the cue.</param>
/// <param name="Clause">The clause it is in.</param>
/// <param name="CharStart">Offset in the original text, for evidence.</param>
/// <param name="CharEnd">Offset after the cue in the original text.</param>
/// <param name="IsEmoji">Emoji are not negated or intensified.</param>
/// <param name="ClauseFinal">Nothing but punctuation follows in its clause; where a negator may follow its verb, it must stand here.</param>
/// <param name="SelfNegated">The cue carries its own negation (see <see cref="Cue.SelfNegated"/>).</param>
internal readonly record struct CueEvent(
    CueKind Kind, float Value, int Position, int End, int Clause, int CharStart, int CharEnd, bool IsEmoji, bool ClauseFinal, bool SelfNegated = false);
