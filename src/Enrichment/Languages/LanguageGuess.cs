namespace Connectors.Enrichment;

/// <summary>The language of a feedback text.</summary>
/// <param name="Language">ISO 639-1 code (<c>de</c>); <c>null</c> when the text is too short or unclear and the source stated none.</param>
/// <param name="Confidence">
/// How sure, 0..1: the text's own confidence in <see cref="Language"/> when it was checked against the text;
/// <see cref="LanguageIdentifier.UncheckedConfidence"/> for a stated language the text was too short to check; 0 with no language.
/// </param>
/// <param name="FromSource">The language is the one the source stated (kept because the text did not clearly disagree).</param>
public readonly record struct LanguageGuess(string? Language, double Confidence, bool FromSource)
{
    /// <summary>No language: nothing stated and nothing to tell from the text.</summary>
    public static LanguageGuess Unknown { get; } = new(null, 0, false);
}
