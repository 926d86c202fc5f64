namespace Connectors.Enrichment.Topics;

/// <summary>A topic phrase found in a text: positions in tokens (or characters), offsets in the original text.</summary>
internal readonly record struct TopicHit(int Topic, bool Exclusion, int Entry, int Start, int End, int CharStart, int CharEnd);
