namespace Connectors.Enrichment.Topics;

/// <summary>What a compiled topic phrase stands for: its topic's index, and whether it is an exclusion.</summary>
internal readonly record struct TopicRule(int Topic, bool Exclusion);
