namespace Connectors.Enrichment.Text;

/// <summary>How the rules read one language: word boundaries, apostrophes, where negation stands.</summary>
/// <param name="Code">ISO 639-1.</param>
/// <param name="Unspaced">Words are not separated by spaces (Chinese, Japanese): lexicon entries match as substrings.</param>
/// <param name="KeepsApostrophes">An apostrophe inside a word belongs to it ("don't"); elsewhere it separates ("l'article").</param>
/// <param name="KeepsUmlauts">Folding keeps ä, ö and ü (German), see <see cref="CharFolding"/>.</param>
/// <param name="PostNegation">Whether a negator can follow what it negates.</param>
/// <param name="Window">How far (tokens, or characters when unspaced) a negator or intensifier reaches.</param>
internal sealed record LanguageProfile(string Code, bool Unspaced, bool KeepsApostrophes, bool KeepsUmlauts, PostNegation PostNegation, int Window);
