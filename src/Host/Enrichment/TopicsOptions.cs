namespace Connectors.Host.Enrichment;

/// <summary>
/// The <c>topics</c> section: the taxonomy topics are found by. The e-commerce defaults (delivery, damaged, ...) can
/// be extended with phrases and topics of your own, have a topic's phrases replaced, or be dropped.
/// Phrases are given per language (ISO 639-1); <c>*</c> at a word's end matches any ending (<c>deliver*</c>).
/// </summary>
public sealed class TopicsOptions
{
    /// <summary>Start from the built-in e-commerce taxonomy.</summary>
    public bool UseDefaults { get; set; } = true;

    /// <summary>Topic → language → phrases added (a new topic, or more phrases for a built-in one).</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Add { get; set; } = [];

    /// <summary>Topic → language → phrases that replace the topic's built-in phrases.</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Replace { get; set; } = [];

    /// <summary>Built-in topics not to use.</summary>
    public List<string> Remove { get; set; } = [];
}
