using System.Text.Json;
using Connectors.Host.Enrichment;

namespace Connectors.Host.Tests.Enrichment;

/// <summary>The annotation columns' JSON, written by hand for speed, is byte for byte what the source-generated context writes.</summary>
public sealed class AnnotationColumnsTests
{
    private static readonly List<StoredAnnotation> Annotations =
    [
        new("language", "de", 0.97, "stated by the source (de-DE)", "language", "1"),
        new("sentiment", "negative", -0.8123, "rating 1/5; 'kam \"kaputt\" an' (-), 'aber' (contrast), <b>&amp;</b> 📦 \u0001 \\", "sentiment", "1"),
        new("topic", "damaged", 0.6, null, "topics", "1"),
        new("priority", "urgent", null, "damaged-or-missing", "priority", "1"),
        new("summary", "很慢 — späte Lieferung", 1e-7, "x\ny\tz", "ai", "2025.1"),
    ];

    [Fact]
    public void Annotations_are_written_as_the_serializer_writes_them()
    {
        // Twice: the second call reuses the thread's buffer and writer.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(JsonSerializer.Serialize(Annotations, AnnotationJson.Store.ListStoredAnnotation), AnnotationColumns.Json(Annotations));
            Assert.Equal(JsonSerializer.Serialize(Annotations[..1], AnnotationJson.Store.ListStoredAnnotation), AnnotationColumns.Json(Annotations[..1]));
        }
    }

    [Fact]
    public void Topics_are_written_as_the_serializer_writes_them()
    {
        List<string> topics = ["delivery", "refund_return", "qualité \"x\""];
        Assert.Equal(JsonSerializer.Serialize(topics, AnnotationJson.Store.ListString), AnnotationColumns.Json(topics));
        Assert.Equal(JsonSerializer.Serialize(topics[..1], AnnotationJson.Store.ListString), AnnotationColumns.Json(topics[..1]));
    }

    [Fact]
    public void What_is_written_reads_back_as_it_was()
    {
        Assert.Equal(Annotations, AnnotationColumns.Read(AnnotationColumns.Json(Annotations)));
    }
}
