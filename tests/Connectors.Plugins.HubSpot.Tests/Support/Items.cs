using Connectors.Abstractions;

namespace Connectors.Plugins.HubSpot.Tests.Support;

/// <summary>Sink items as the dispatcher builds them: unified customers and feedback with their author.</summary>
internal static class Items
{
    public static readonly DateTimeOffset At = new(2025, 5, 1, 10, 0, 0, TimeSpan.Zero);

    public static CustomerRecord Person(int i, string? email = null, bool? consent = null, string? name = null) => new()
    {
        SourceId = $"{i}",
        Channel = "connectors",
        Email = email ?? $"person{i}@example.com",
        Name = name ?? $"Jane van Dijk{i}",
        Phone = "+4915112345678",
        Country = "DE",
        EmailMarketingConsent = consent is { } granted ? new Consent(granted, "shopify", At) : null,
    };

    public static SinkItem Customer(CustomerRecord customer) => new() { IdempotencyKey = $"crm:customer:{customer.SourceId}", Customer = customer };

    public static SinkItem Customer(int i, string? email = null, bool? consent = null) => Customer(Person(i, email, consent));

    public static FeedbackRecord Review(string id, string? body = "The seams came apart after one wash.") => new()
    {
        SourceId = id,
        Channel = "trustpilot",
        Kind = "review",
        Rating = Rating.FromScale(2, RatingScale.Stars1To5),
        Title = "Disappointed",
        Body = body,
        OrderId = "1001",
        OccurredAt = At,
        Url = new Uri($"https://www.trustpilot.com/reviews/{id}"),
    };

    public static SinkItem Feedback(string id, CustomerRecord? author, string? existingSinkId = null, string? body = "The seams came apart after one wash.") => new()
    {
        IdempotencyKey = $"crm:feedback:{id}",
        Feedback = Review(id, body),
        Customer = author,
        ExistingSinkId = existingSinkId,
    };
}
