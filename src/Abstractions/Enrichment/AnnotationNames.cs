namespace Connectors.Abstractions;

/// <summary>The annotations the host's built-in enrichers make and its routes, templates and reports read.</summary>
public static class AnnotationNames
{
    /// <summary>The text's language as a BCP 47 tag (<c>de</c>); the score is the confidence.</summary>
    public const string Language = "language";

    /// <summary><c>negative</c>, <c>neutral</c> or <c>positive</c>; the score is the sentiment in -1..1.</summary>
    public const string Sentiment = "sentiment";

    /// <summary>One topic the item is about (<c>delivery</c>); an item may have several; the evidence is the matched phrase.</summary>
    public const string Topic = "topic";

    /// <summary>A <see cref="Abstractions.Priority"/> in lower case; the evidence is the rule that set it.</summary>
    public const string Priority = "priority";
}
