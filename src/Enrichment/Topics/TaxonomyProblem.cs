namespace Connectors.Enrichment;

/// <summary>Something wrong with a topic taxonomy, with where it is: a bad topic id, an unknown language, a bad phrase.</summary>
/// <param name="Topic">The topic's id as given.</param>
/// <param name="Language">The language key as given; <c>null</c> when the problem is the topic itself.</param>
/// <param name="Phrase">The phrase as given; <c>null</c> when the problem is not one phrase.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record TaxonomyProblem(string Topic, string? Language, string? Phrase, string Message)
{
    /// <summary>The problem with its place, in the shape of a configuration path: <c>topics.delivery.xx: ...</c>.</summary>
    public override string ToString()
    {
        var path = Language is null ? $"topics.{Topic}" : $"topics.{Topic}.{Language}";
        return Phrase is null ? $"{path}: {Message}" : $"{path}: '{Phrase}': {Message}";
    }
}
