using Connectors.Abstractions;

namespace Connectors.Plugins.Zendesk.Tests.Support;

/// <summary>Outbox items as the dispatcher builds them: unified customers (channel <c>connectors</c>) and stored feedback.</summary>
internal static class Items
{
    public static readonly DateTimeOffset Written = new(2025, 5, 30, 9, 15, 0, TimeSpan.Zero);

    public static CustomerRecord Customer(int id, string? email = null, string? name = null, string? phone = null) => new()
    {
        SourceId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Channel = "connectors",
        Email = email ?? $"customer{id}@example.com",
        Name = name ?? $"Customer {id}",
        Phone = phone,
    };

    public static FeedbackRecord Review(string sourceId, double stars, string body, string channel = Channels.Trustpilot, string? orderId = null) => new()
    {
        SourceId = sourceId,
        Channel = channel,
        Kind = FeedbackKinds.Review,
        Rating = Rating.FromScale(stars, RatingScale.Stars1To5),
        Body = body,
        OrderId = orderId,
        OccurredAt = Written,
        Url = new Uri($"https://www.trustpilot.com/reviews/{sourceId}"),
    };

    public static FeedbackRecord Message(string sourceId, string body, string channel = Channels.WhatsApp) => new()
    {
        SourceId = sourceId,
        Channel = channel,
        Kind = FeedbackKinds.Message,
        Body = body,
        OccurredAt = Written,
    };

    public static SinkItem Feedback(FeedbackRecord feedback, CustomerRecord? customer, string? priority = null, string? existing = null) => new()
    {
        IdempotencyKey = $"helpdesk:feedback:{feedback.Channel}-eu:{feedback.SourceId}",
        Feedback = feedback,
        Customer = customer,
        // Tests spell priorities as the configuration does; anything else is no priority, as routing never sends one.
        Priority = Enum.TryParse<Priority>(priority, ignoreCase: true, out var p) ? p : null,
        ExistingSinkId = existing,
    };

    public static SinkItem Customer(CustomerRecord customer) => new()
    {
        IdempotencyKey = $"helpdesk:customer:{customer.SourceId}",
        Customer = customer,
    };
}
