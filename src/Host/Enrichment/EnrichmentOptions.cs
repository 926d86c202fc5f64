namespace Connectors.Host.Enrichment;

/// <summary>
/// The <c>enrichment</c> section: which enrichers annotate new and changed feedback, in this order: language,
/// sentiment, topics, then the enricher plugins listed, then priority (which reads what the others found).
/// </summary>
public sealed class EnrichmentOptions
{
    /// <summary>Language identification.</summary>
    public LanguageEnrichmentOptions Language { get; set; } = new();

    /// <summary>Sentiment from the rating and the text.</summary>
    public EnricherSwitch Sentiment { get; set; } = new();

    /// <summary>Topics from the taxonomy (see the <c>topics</c> section).</summary>
    public EnricherSwitch Topics { get; set; } = new();

    /// <summary>Priority from rules over the other annotations, the rating, the channel and the customer.</summary>
    public PriorityEnrichmentOptions Priority { get; set; } = new();

    /// <summary>Connectors whose plugin is an enricher, run after the built-in text enrichers, in this order.</summary>
    public List<string> Plugins { get; set; } = [];
}

/// <summary>Switches one built-in enricher on or off.</summary>
public class EnricherSwitch
{
    /// <summary>On by default.</summary>
    public bool Enabled { get; set; } = true;
}
