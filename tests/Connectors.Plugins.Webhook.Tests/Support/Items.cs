using Connectors.Abstractions;

namespace Connectors.Plugins.Webhook.Tests.Support;

/// <summary>Outbox items as the dispatcher builds them: alerts, feedback with its author, annotations and route, customers.</summary>
internal static class Items
{
    public static readonly DateTimeOffset Written = new(2025, 5, 30, 9, 15, 0, TimeSpan.Zero);

    public static SinkItem Alert(string rule = "damaged-goods", double value = 0.34, double? baseline = 0.12, string? route = "damaged-alerts") => new()
    {
        IdempotencyKey = $"alerts-hook:alert:{rule}:2025-06-01",
        Route = route,
        Priority = Priority.High,
        Alert = new AlertRecord
        {
            Key = $"{rule}:2025-06-01:topic=damaged",
            Rule = rule,
            Message = "negative share of topic damaged is 34% over 7 days, 2.8x its 8-week average",
            Metric = "negative_share",
            Dimension = "topic=damaged",
            Value = value,
            Baseline = baseline,
            Threshold = 0.24,
            ItemCount = 41,
            WindowStart = new DateTimeOffset(2025, 5, 25, 0, 0, 0, TimeSpan.Zero),
            WindowEnd = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero),
            Examples = ["Box arrived crushed", "Mug was broken in two"],
        },
    };

    public static CustomerRecord Customer(int id = 1, string? name = "Jane Doe", string? email = "jane@example.com") => new()
    {
        SourceId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Channel = "connectors",
        Name = name,
        Email = email,
        Phone = "+14155550100",
        Country = "US",
        Tags = ["vip"],
        EmailMarketingConsent = new Consent(true, "shopify:checkout", Written),
    };

    public static SinkItem Review(string sourceId = "r1", double stars = 1, string body = "Box arrived crushed", RenderedContent? content = null) => new()
    {
        IdempotencyKey = $"alerts-hook:feedback:trustpilot-eu:{sourceId}",
        Route = "bad-reviews",
        Priority = Priority.Urgent,
        Customer = Customer(),
        Feedback = new FeedbackRecord
        {
            SourceId = sourceId,
            Channel = Channels.Trustpilot,
            Kind = FeedbackKinds.Review,
            Rating = Rating.FromScale(stars, RatingScale.Stars1To5),
            Title = "Damaged",
            Body = body,
            OrderId = "1001",
            OccurredAt = Written,
            Url = new Uri($"https://www.trustpilot.com/reviews/{sourceId}"),
            ReplyState = ReplyState.Unanswered,
        },
        Annotations =
        [
            new Annotation($"trustpilot-eu:{sourceId}", AnnotationNames.Sentiment, "negative") { Score = -0.8 },
            new Annotation($"trustpilot-eu:{sourceId}", AnnotationNames.Topic, "damaged") { Evidence = "arrived crushed" },
        ],
        Content = content,
    };

    public static SinkItem CustomerItem(int id = 1) => new()
    {
        IdempotencyKey = $"alerts-hook:customer:{id}",
        Customer = Customer(id),
    };
}
