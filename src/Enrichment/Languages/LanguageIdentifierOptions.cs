namespace Connectors.Enrichment;

/// <summary>How a <see cref="LanguageIdentifier"/> is built.</summary>
public sealed record LanguageIdentifierOptions
{
    /// <summary>The languages to tell apart, as ISO 639-1 codes; <c>null</c> for <see cref="LanguageIdentifier.DefaultLanguages"/>.</summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>
    /// Lingua's high-accuracy mode: better on texts under about 120 characters, at about twenty times the memory, ten
    /// times the load time and half the speed (figures in the project's src/Enrichment/README.md). Off by default.
    /// </summary>
    public bool HighAccuracy { get; init; }

    /// <summary>Where Lingua's models are; <c>null</c> for <c>Lingua/LanguageModels</c> beside the application.</summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>Skip the common-word check and always ask the model (slower; for comparing the two).</summary>
    public bool ModelOnly { get; init; }
}
