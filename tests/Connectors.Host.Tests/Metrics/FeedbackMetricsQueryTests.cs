using Connectors.Host.Metrics;
using Connectors.Host.Routing;

namespace Connectors.Host.Tests.Metrics;

/// <summary>The SQL behind reports and alerts, on a real SQLite store: what it counts, how it slices, what a filter keeps.</summary>
public sealed class FeedbackMetricsQueryTests : MetricsStore
{
    private FeedbackMetricsQuery Query => new(Connections);

    [Fact]
    public async Task Nps_csat_ratings_and_negative_share_are_counted_per_day()
    {
        await AddAsync(0, "Nps0To10", 10, "positive");
        await AddAsync(0, "Nps0To10", 9, "positive");
        await AddAsync(0, "Nps0To10", 7, "neutral");
        await AddAsync(0, "Nps0To10", 6, "negative");
        await AddAsync(1, "Csat1To5", 4, "positive");
        await AddAsync(1, "Csat1To5", 2, "negative");
        await AddAsync(1, "Stars1To5", 1, "negative");
        await AddAsync(9, "Csat1To5", 5, "positive"); // outside the range asked for

        var rows = await Query.DailyAsync(Midnight, Midnight.AddDays(2), MetricDimension.None, null, CancellationToken.None);

        Assert.Equal(2, rows.Count);
        var monday = Assert.Single(rows, r => r.Day == new DateOnly(2026, 11, 2)).Counts;
        Assert.Equal(25, monday.Nps); // 2 promoters, 1 detractor of 4
        Assert.Equal(0.25, monday.NegativeShare);
        var all = MetricCounts.Sum(rows.Select(r => r.Counts));
        Assert.Equal(7, all.Items);
        Assert.Equal(0.5, all.Csat); // 4 of 5 counts, 2 does not; stars are not CSAT
        Assert.Equal((1.0 + 0.9 + 0.7 + 0.6 + 0.75 + 0.25 + 0) / 7, all.AverageRating!.Value, 9);
    }

    [Fact]
    public async Task Topics_slice_each_item_under_every_topic_it_has()
    {
        await AddAsync(0, "Csat1To5", 1, "negative", ["delivery", "damaged"]);
        await AddAsync(0, "Csat1To5", 5, "positive", ["delivery"]);
        await AddAsync(0, "Csat1To5", 3, "neutral");

        var rows = await Query.DailyAsync(Midnight, Midnight.AddDays(1), MetricDimension.Topic, null, CancellationToken.None);

        Assert.Equal(2, rows.Single(r => r.Value == "delivery").Counts.Items);
        Assert.Equal(1.0, rows.Single(r => r.Value == "damaged").Counts.NegativeShare);
        Assert.Equal(2, rows.Count); // the item without a topic is in no topic
    }

    [Fact]
    public async Task A_condition_keeps_the_items_a_route_with_the_same_when_would_take()
    {
        var de = await AddCustomerAsync("DE");
        await AddAsync(0, "Csat1To5", 1, "negative", ["delivery"], customerId: de, language: "de");
        await AddAsync(0, "Csat1To5", 1, "negative", ["delivery"], channel: "trustpilot", customerId: de, language: "de");
        await AddAsync(0, "Csat1To5", 2, "negative", ["price"], customerId: de, language: "de");
        await AddAsync(0, "Csat1To5", 1, "negative", ["delivery"], language: "en");
        var when = new FeedbackCondition { Topics = ["DELIVERY"], Countries = ["de"], Channels = ["survey"], RatingAtMost = 0.0 };

        var rows = await Query.DailyAsync(Midnight, Midnight.AddDays(1), MetricDimension.Country, when, CancellationToken.None);

        var row = Assert.Single(rows);
        Assert.Equal("DE", row.Value);
        Assert.Equal(1, row.Counts.Items);
    }

    [Fact]
    public async Task Examples_are_the_most_negative_distinct_texts_of_the_slice()
    {
        await AddAsync(0, "Csat1To5", 1, "negative", ["delivery"], body: "Never arrived");
        await AddAsync(0, "Csat1To5", 1, "negative", ["delivery"], body: "Never arrived");
        await AddAsync(0, "Csat1To5", 2, "negative", ["delivery"], body: "Late again");
        await AddAsync(0, "Csat1To5", 2, "negative", ["price"], body: "Too expensive");
        await AddAsync(0, "Csat1To5", 5, "positive", ["delivery"], body: "Fast");

        var quotes = await Query.ExamplesAsync(Midnight, Midnight.AddDays(1), null, MetricDimension.Topic, "delivery", 3, CancellationToken.None);

        Assert.Equal(["Late again", "Never arrived"], quotes);
    }
}
