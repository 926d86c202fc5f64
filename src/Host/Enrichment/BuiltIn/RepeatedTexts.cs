using System.Collections.Concurrent;
using Connectors.Enrichment;

namespace Connectors.Host.Enrichment.BuiltIn;

/// <summary>
/// The languages of short texts seen before, by stated language and text. Short feedback repeats word for word ("Great
/// seller", a return's reason label with no comment, a delivery note) and a text the quick checks cannot settle costs
/// a model call, about a hundred times the rest of its enrichment; the identifier answers the same for the same input,
/// so a repeat is answered from here. Bounded: past <see cref="MaxEntries"/> texts nothing more is kept.
/// </summary>
internal sealed class RepeatedTexts(LanguageIdentifier identifier)
{
    /// <summary>Longer texts rarely repeat exactly; keeping them would only fill the table.</summary>
    public const int MaxTextLength = 64;

    public const int MaxEntries = 8_192;

    private readonly ConcurrentDictionary<(string? Stated, string Text), LanguageGuess> _known = new();

    // Counted here: ConcurrentDictionary.Count takes every lock of the table.
    private int _entries;

    public LanguageGuess Identify(string? text, string? stated)
    {
        if (text is null || text.Length > MaxTextLength)
        {
            return identifier.Identify(text, stated);
        }

        if (_known.TryGetValue((stated, text), out var known))
        {
            return known;
        }

        var guess = identifier.Identify(text, stated);
        if (Volatile.Read(ref _entries) < MaxEntries && _known.TryAdd((stated, text), guess))
        {
            Interlocked.Increment(ref _entries);
        }

        return guess;
    }
}
