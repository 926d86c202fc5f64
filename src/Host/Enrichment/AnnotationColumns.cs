using System.Globalization;
using System.Text.Json;
using Connectors.Abstractions;
using Connectors.Host.Store.Entities;

namespace Connectors.Host.Enrichment;

/// <summary>Writes what the enrichers found onto a feedback row: the columns reports and routes read, and every annotation as JSON.</summary>
internal static class AnnotationColumns
{
    /// <returns>The item's distinct topics.</returns>
    public static List<string> Apply(FeedbackEntity row, List<StoredAnnotation> annotations, DateTimeOffset now)
    {
        row.DetectedLanguage = Last(annotations, AnnotationNames.Language)?.Value;
        var sentiment = Last(annotations, AnnotationNames.Sentiment);
        row.SentimentLabel = sentiment?.Value;
        row.Sentiment = sentiment?.Score is { } score ? Math.Round(score, 4) : null;
        var topics = Topics(annotations);
        row.Topics = topics.Count == 0 ? null : JsonSerializer.Serialize(topics, AnnotationJson.Store.ListString);
        row.Priority = Last(annotations, AnnotationNames.Priority)?.Value;
        row.Annotations = annotations.Count == 0 ? null : JsonSerializer.Serialize(annotations, AnnotationJson.Store.ListStoredAnnotation);
        row.EnrichedAt = now;
        return topics;
    }

    /// <summary>The item's distinct topics, in the order they were found.</summary>
    public static List<string> Topics(IReadOnlyList<StoredAnnotation> annotations)
    {
        var topics = new List<string>(2);
        // By index, and List.Contains without a comparer (ordinal already): the interface's enumerator and
        // Enumerable.Contains with a comparer each boxed an enumerator an item.
        for (var i = 0; i < annotations.Count; i++)
        {
            var a = annotations[i];
            if (a.Name == AnnotationNames.Topic && a.Value.ToLower(CultureInfo.InvariantCulture) is var topic && !topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }

        return topics;
    }

    /// <summary>Reads the stored annotations back.</summary>
    public static List<StoredAnnotation> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, AnnotationJson.Store.ListStoredAnnotation) ?? [];

    private static StoredAnnotation? Last(List<StoredAnnotation> annotations, string name)
    {
        for (var i = annotations.Count - 1; i >= 0; i--)
        {
            if (annotations[i].Name == name)
            {
                return annotations[i];
            }
        }

        return null;
    }
}
