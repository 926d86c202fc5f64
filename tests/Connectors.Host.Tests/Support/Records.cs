using Connectors.Abstractions;

namespace Connectors.Host.Tests.Support;

/// <summary>Small builders of common-schema records for tests.</summary>
internal static class Records
{
    public static readonly DateTimeOffset T0 = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    public static CustomerRecord Customer(string id, string? email = null, string? phone = null, string? name = null, string channel = "test") =>
        new() { SourceId = id, Channel = channel, Email = email, Phone = phone, Name = name, Country = "US", SeenAt = T0 };

    public static FeedbackRecord Feedback(string id, string? customer = null, string body = "Great", double stars = 5) =>
        new()
        {
            SourceId = id,
            Channel = "test",
            Kind = FeedbackKinds.Review,
            CustomerSourceId = customer,
            Body = body,
            Rating = Rating.FromScale(stars, RatingScale.Stars1To5),
            OccurredAt = T0,
        };

    public static SourceBatch Batch(params object[] records) => new()
    {
        Customers = [.. records.OfType<CustomerRecord>()],
        Feedback = [.. records.OfType<FeedbackRecord>()],
        Messages = [.. records.OfType<MessageRecord>()],
    };
}
