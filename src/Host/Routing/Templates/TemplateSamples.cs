using Connectors.Abstractions;
using Connectors.Host.Enrichment;

namespace Connectors.Host.Routing.Templates;

/// <summary>Models with every variable filled in: what templates are checked against at <c>validate</c> (the model's one description).</summary>
internal static class TemplateSamples
{
    private static readonly DateTimeOffset When = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyDictionary<string, object?> Feedback { get; } = TemplateModel.ForFeedback(
        "shop:1",
        new FeedbackRecord
        {
            SourceId = "1", Channel = Channels.Shopify, Kind = FeedbackKinds.Review, Title = "t", Body = "b", OrderId = "o", ProductId = "p",
            Rating = Rating.FromScale(1, RatingScale.Stars1To5), Language = "en", OccurredAt = When, UpdatedAt = When, Url = new Uri("https://example.com"),
        },
        [new StoredAnnotation(AnnotationNames.Topic, "delivery", 0.9, "late", "topics", "1")],
        new CustomerProfile { Id = 1, Name = "n", Email = "e", Country = "US", Locale = "en", Tags = ["vip"], FirstSeenAt = When },
        "+1",
        [new HistoryItem("shop:0", When, Channels.Shopify, FeedbackKinds.Review, null, "t", "neutral", "normal")],
        "route", "sink", Priority.Normal, "key");

    public static IReadOnlyDictionary<string, object?> Alert { get; } = TemplateModel.ForAlert(
        new AlertRecord
        {
            Key = "k", Rule = "r", Message = "m", Metric = "negative_share", Dimension = "topic=damaged", Value = 0.3, Baseline = 0.1, Threshold = 0.2,
            ItemCount = 10, WindowStart = When, WindowEnd = When, Examples = ["x"],
        },
        "sink", "key");
}
