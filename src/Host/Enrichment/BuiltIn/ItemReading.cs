using Connectors.Abstractions;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>
/// One item as the built-in enrichers read it, shared by them: its text, put together on first use, and its language,
/// as the source stated it until the <c>language</c> enricher finds it.
/// </summary>
internal sealed class ItemReading
{
    private string? _text;
    private bool _textMade;

    public ItemReading(FeedbackRecord feedback, string? language)
    {
        Feedback = feedback;
        Language = language;
    }

    public FeedbackRecord Feedback { get; }

    /// <summary>Title and body together (<see cref="ItemText.Of"/>), or null when the item has neither.</summary>
    public string? Text
    {
        get
        {
            if (!_textMade)
            {
                _text = ItemText.Of(Feedback);
                _textMade = true;
            }

            return _text;
        }
    }

    /// <summary>The language found for the item so far.</summary>
    public string? Language { get; set; }

    /// <summary>A reading of an item handed over through the contract: the language its earlier annotations found.</summary>
    public static ItemReading Of(EnrichmentItem item) => new(item.Feedback, ItemText.Language(item));
}
