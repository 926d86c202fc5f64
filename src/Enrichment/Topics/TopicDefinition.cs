namespace Connectors.Enrichment.Topics;

/// <summary>One topic's phrase rules by language, and whether negated matches count.</summary>
internal sealed record TopicDefinition(IReadOnlyDictionary<string, IReadOnlyList<string>> PhrasesByLanguage, bool IgnoreNegated);
