using Connectors.Abstractions;

namespace Connectors.TestKit.Tests.Fixtures;

/// <summary>What the fixture source's in-memory "server" holds: two customers and five reviews by them.</summary>
public static class FixtureData
{
    public static readonly DateTimeOffset Epoch = new(2025, 4, 1, 8, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<CustomerRecord> Customers { get; } =
    [
        new() { SourceId = "c-1", Channel = "fixture", Email = "ada@example.com", Name = "Ada", Country = "GB", SeenAt = Epoch },
        new() { SourceId = "c-2", Channel = "fixture", Email = "bo@example.com", Name = "Bo", Country = "SE", SeenAt = Epoch.AddHours(1) },
    ];

    public static IReadOnlyList<FeedbackRecord> Reviews { get; } =
    [
        .. Enumerable.Range(1, 5).Select(i => new FeedbackRecord
        {
            SourceId = $"f-{i}",
            Channel = "fixture",
            Kind = FeedbackKinds.Review,
            CustomerSourceId = i % 2 == 0 ? "c-2" : "c-1",
            Rating = Rating.FromScale(i, RatingScale.Stars1To5),
            Body = $"Review number {i}",
            OccurredAt = Epoch.AddDays(i),
        }),
    ];
}
