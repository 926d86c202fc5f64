using System.Globalization;
using Connectors.Abstractions;

namespace Connectors.TestKit.Conformance;

/// <summary>
/// Outbound work as the host's dispatcher builds it: unified customers (channel <c>connectors</c>, the host's customer
/// id as source id), feedback with its author, and alerts; each with an idempotency key stable across pushes.
/// </summary>
public static class SampleSinkItems
{
    /// <summary>When the samples were written; fixed, so two runs push the same items.</summary>
    public static readonly DateTimeOffset Written = new(2025, 5, 30, 9, 15, 0, TimeSpan.Zero);

    /// <summary>A unified customer as the host hands it to sinks.</summary>
    public static CustomerRecord Customer(int id) => new()
    {
        SourceId = id.ToString(CultureInfo.InvariantCulture),
        Channel = "connectors",
        Email = $"conformance{id}@example.com",
        Name = $"Conformance Customer {id}",
        Country = "DE",
    };

    /// <summary>An unhappy review (2 of 5 stars), the kind of feedback routes send to sinks.</summary>
    public static FeedbackRecord Review(string sourceId) => new()
    {
        SourceId = sourceId,
        Channel = Channels.Trustpilot,
        Kind = FeedbackKinds.Review,
        Rating = Rating.FromScale(2, RatingScale.Stars1To5),
        Title = "Arrived broken",
        Body = "The lid was cracked when the parcel arrived, and nobody answered my email.",
        OccurredAt = Written,
        Url = new Uri($"https://www.trustpilot.com/reviews/{sourceId}"),
    };

    /// <summary>An alert as alert rules raise it.</summary>
    public static AlertRecord Alert(string key) => new()
    {
        Key = key,
        Rule = "csat-drop",
        Message = "CSAT fell to 61% (baseline 78%) over the last 24 hours",
        Metric = "csat",
        Value = 0.61,
        Baseline = 0.78,
        Threshold = 0.7,
        ItemCount = 42,
        WindowStart = Written.AddDays(-1),
        WindowEnd = Written,
    };

    /// <summary>
    /// Two customers, two feedback items by them and, for a sink that declares <see cref="PluginCapabilities.Alerts"/>,
    /// an alert: what a good sink accepts. The keys carry <paramref name="sink"/>, as the dispatcher's do.
    /// </summary>
    public static IReadOnlyList<SinkItem> For(PluginManifest manifest, string sink = "conformance")
    {
        var first = Customer(1);
        var second = Customer(2);
        var items = new List<SinkItem>
        {
            new() { IdempotencyKey = $"{sink}:customer:1", Customer = first },
            new() { IdempotencyKey = $"{sink}:customer:2", Customer = second },
            new() { IdempotencyKey = $"{sink}:feedback:trustpilot-eu:r-1", Feedback = Review("r-1"), Customer = first, Priority = Priority.High, Route = "bad-reviews" },
            new() { IdempotencyKey = $"{sink}:feedback:trustpilot-eu:r-2", Feedback = Review("r-2"), Customer = second, Route = "bad-reviews" },
        };
        if (manifest.Capabilities.HasFlag(PluginCapabilities.Alerts))
        {
            items.Add(new() { IdempotencyKey = $"{sink}:alert:csat-drop:1", Alert = Alert("csat-drop:1") });
        }

        return items;
    }
}
