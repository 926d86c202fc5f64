namespace Connectors.Enrichment;

/// <summary>One topic a feedback item is about.</summary>
/// <param name="Topic">The topic's id (<c>delivery</c>).</param>
/// <param name="Confidence">0.6 for one matching phrase, 0.8 for two, 0.9 for three or more: more evidence, more sure.</param>
/// <param name="Phrase">The first text that matched, as the customer wrote it: the evidence an operator can check.</param>
public readonly record struct TopicMatch(string Topic, double Confidence, string Phrase);
