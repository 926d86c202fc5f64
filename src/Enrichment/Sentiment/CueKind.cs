namespace Connectors.Enrichment.Sentiment;

/// <summary>What a lexicon entry does to the sentiment of the text around it.</summary>
internal enum CueKind : byte
{
    /// <summary>Carries sentiment itself ("great", "never arrived", 😡).</summary>
    Polar,

    /// <summary>Flips the polar cue it negates ("not", "nicht", 不, ない).</summary>
    Negator,

    /// <summary>Strengthens (factor above 1) or softens (below 1) the polar cue after it ("very", "a bit").</summary>
    Intensifier,

    /// <summary>What follows outweighs what came before ("but", "aber", "mais", 但是, けど).</summary>
    Contrast,

    /// <summary>The clause it opens weighs less ("although", "obwohl").</summary>
    Concession,
}
