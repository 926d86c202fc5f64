using Connectors.Abstractions;
using Connectors.Plugins.Webhook.Formats;

namespace Connectors.Plugins.Webhook.Templates;

/// <summary>
/// One item of each kind, every field set, for checking a template before any real item arrives. Their texts hold a
/// double quote, a backslash and a line break: what breaks JSON written without the <c>json</c> filter.
/// </summary>
internal static class TemplateSamples
{
    private static readonly DateTimeOffset At = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<DeliveryItem> All() =>
    [
        new(new SinkItem
        {
            IdempotencyKey = "sample:alert:damaged",
            Route = "damaged-alerts",
            Priority = Priority.High,
            Alert = new AlertRecord
            {
                Key = "damaged-goods:2025-06-01:topic=damaged",
                Rule = "damaged-goods",
                Message = "negative share of topic \"damaged\" is 34% over 7 days,\n2.8x its 8-week average",
                Metric = "negative_share",
                Dimension = "topic=damaged",
                Value = 0.34,
                Baseline = 0.12,
                Threshold = 0.24,
                ItemCount = 41,
                WindowStart = At.AddDays(-7),
                WindowEnd = At,
                Examples = ["Box arrived \"crushed\"\nand wet \\ again"],
            },
        }, ItemKinds.Alert, "sample", At),
        new(new SinkItem
        {
            IdempotencyKey = "sample:feedback:r1",
            Route = "bad-reviews",
            Priority = Priority.Urgent,
            Customer = Customer(),
            Feedback = new FeedbackRecord
            {
                SourceId = "r1",
                Channel = Channels.Trustpilot,
                Kind = FeedbackKinds.Review,
                Rating = Rating.FromScale(1, RatingScale.Stars1To5),
                Title = "\"Crushed\" box",
                Body = "Box arrived \"crushed\"\nand wet \\ again",
                OrderId = "1001",
                OccurredAt = At,
                Url = new Uri("https://www.trustpilot.com/reviews/r1"),
            },
            Annotations = [new Annotation("connectors:r1", AnnotationNames.Topic, "damaged") { Evidence = "arrived \"crushed\"" }],
            Content = new RenderedContent("1★ \"review\"", "Box arrived \"crushed\"\nand wet"),
        }, ItemKinds.Feedback, "sample", At),
        new(new SinkItem { IdempotencyKey = "sample:customer:1", Customer = Customer() }, ItemKinds.Customer, "sample", At),
    ];

    private static CustomerRecord Customer() => new()
    {
        SourceId = "1",
        Channel = "connectors",
        Name = "Jane \"JD\" Doe",
        Email = "jane@example.com",
        Phone = "+14155550100",
        Tags = ["vip"],
    };
}
