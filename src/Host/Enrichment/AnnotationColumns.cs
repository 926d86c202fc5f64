using System.Buffers;
using System.Globalization;
using System.Text;
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
        row.Topics = topics.Count == 0 ? null : Json(topics);
        row.Priority = Last(annotations, AnnotationNames.Priority)?.Value;
        row.Annotations = annotations.Count == 0 ? null : Json(annotations);
        row.EnrichedAt = now;
        return topics;
    }

    /// <summary>
    /// The topics as <see cref="AnnotationJson"/> serialises them, written by hand into this thread's reused buffer:
    /// the serializer rented a buffer and allocated its write stack on every call, for every new or changed item.
    /// </summary>
    internal static string Json(List<string> topics)
    {
        var writer = JsonScratch.Start();
        writer.WriteStartArray();
        foreach (var topic in topics)
        {
            writer.WriteStringValue(topic);
        }

        writer.WriteEndArray();
        return JsonScratch.Finish(writer);
    }

    /// <summary>
    /// The annotations exactly as <see cref="AnnotationJson.Store"/> serialises them (the same properties in the same
    /// order, absent ones left out, the same encoder), written by hand into this thread's reused buffer.
    /// </summary>
    internal static string Json(List<StoredAnnotation> annotations)
    {
        var writer = JsonScratch.Start();
        writer.WriteStartArray();
        foreach (var a in annotations)
        {
            writer.WriteStartObject();
            WriteIfPresent(writer, "name"u8, a.Name);
            WriteIfPresent(writer, "value"u8, a.Value);
            if (a.Score is { } score)
            {
                writer.WriteNumber("score"u8, score);
            }

            WriteIfPresent(writer, "evidence"u8, a.Evidence);
            WriteIfPresent(writer, "enricher"u8, a.Enricher);
            WriteIfPresent(writer, "version"u8, a.Version);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        return JsonScratch.Finish(writer);
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
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

/// <summary>A writer and its buffer per thread, reused for every item's JSON columns (the writer thread writes thousands a second).</summary>
internal static class JsonScratch
{
    /// <summary>A buffer that grew past this for one odd item is not kept.</summary>
    private const int MaxKept = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>An empty writer over this thread's buffer, with the store's options (as <see cref="AnnotationJson.Store"/> has them).</summary>
    public static Utf8JsonWriter Start()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        if (t_writer is { } writer)
        {
            writer.Reset(buffer);
            return writer;
        }

        return t_writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = AnnotationJson.Store.Options.Encoder,
            Indented = AnnotationJson.Store.Options.WriteIndented,
            SkipValidation = true,
        });
    }

    /// <summary>What <paramref name="writer"/> wrote, as a string.</summary>
    public static string Finish(Utf8JsonWriter writer)
    {
        writer.Flush();
        var buffer = t_buffer!;
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > MaxKept)
        {
            t_buffer = null;
            t_writer = null;
        }

        return json;
    }
}
