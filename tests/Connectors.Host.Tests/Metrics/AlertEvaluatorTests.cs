using Connectors.Host.Configuration;
using Connectors.Host.Metrics;
using Connectors.Host.Routing;
using Connectors.Host.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Connectors.Host.Tests.Metrics;

/// <summary>Alert rules over a real store: a breach is stored and queued once per rule, day and slice, whatever the number of checks.</summary>
public sealed class AlertEvaluatorTests : MetricsStore
{
    private static readonly DateOnly CheckDay = new(2026, 11, 30); // windows of 7 days: 11-23..11-29

    private AlertEvaluator Evaluator(params AlertOptions[] rules) => new(
        new ValidatedConfig { Source = new ConnectorsConfig { Alerts = [.. rules] }, StoreConnectionString = "", Connectors = [] },
        new FeedbackMetricsQuery(Connections), Connections, new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero)), NullLogger<AlertEvaluator>.Instance);

    private static AlertOptions DamagedRule(MetricDimension by = MetricDimension.None) => new()
    {
        Name = "damaged-goods", Metric = AlertMetric.NegativeShare, When = by == MetricDimension.None ? new FeedbackCondition { Topics = ["damaged"] } : null,
        By = by, WindowDays = 7, BaselineWeeks = 2, Factor = 2, MinItems = 4, To = ["ops", "chat"],
    };

    /// <summary>Two quiet weeks (1 complaint about damaged goods in 7 items), then a bad week (3 in 6), with other topics in it.</summary>
    private async Task SeedAsync()
    {
        for (var day = 7; day < 21; day += 2)
        {
            await AddAsync(day, "Csat1To5", day == 9 ? 1 : 5, day == 9 ? "negative" : "positive", ["damaged"]);
        }

        await AddAsync(21, "Csat1To5", 1, "negative", ["damaged"], body: "Box crushed");
        await AddAsync(23, "Csat1To5", 1, "negative", ["damaged"], body: "Glass shattered");
        await AddAsync(24, "Csat1To5", 2, "negative", ["damaged", "delivery"], body: "Dented and late");
        await AddAsync(25, "Csat1To5", 5, "positive", ["damaged"]);
        await AddAsync(26, "Csat1To5", 1, "negative", ["delivery"]);
        await AddAsync(27, "Csat1To5", 5, "positive", ["price"]);
    }

    [Fact]
    public async Task A_breach_is_stored_and_queued_to_each_sink_once_however_often_it_is_checked()
    {
        await SeedAsync();
        var evaluator = Evaluator(DamagedRule());

        var first = Assert.Single(await evaluator.CheckAsync(CheckDay, CancellationToken.None));
        var second = Assert.Single(await evaluator.CheckAsync(CheckDay, CancellationToken.None));

        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        Assert.NotNull(second.Alert);
        var alert = first.Alert!;
        Assert.Equal("damaged-goods:2026-11-30:topic=damaged", alert.Key);
        Assert.Equal(0.5, alert.Value); // 3 complaints of 6 items in the window
        Assert.Equal(1 / 7.0, alert.Baseline!.Value, 9);
        Assert.Equal(4, alert.ItemCount); // items about damaged goods
        Assert.Equal("negative feedback on topic damaged is 50% of all feedback over 7 days, 3.5x its 2-week level (14%), 4 items", alert.Message);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), alert.WindowStart);
        Assert.Equal(["Dented and late", "Box crushed", "Glass shattered"], alert.Examples);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM alerts"));
        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE item_type = 'alert' AND item_key = 'damaged-goods:2026-11-30:topic=damaged' AND status = 'pending'"));
    }

    [Fact]
    public async Task A_rule_by_topic_checks_every_topic_of_the_window_on_its_own()
    {
        await SeedAsync();

        var evaluations = await Evaluator(DamagedRule(MetricDimension.Topic)).CheckAsync(CheckDay, CancellationToken.None);

        Assert.Equal(["topic=damaged", "topic=delivery", "topic=price"], evaluations.Select(e => e.Dimension));
        Assert.NotNull(evaluations[0].Alert);
        Assert.Equal("2 items, needs 4", evaluations[1].Quiet);
        Assert.Equal(1, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM alerts"));
    }

    [Fact]
    public async Task The_next_day_is_a_new_breach_and_a_quiet_day_raises_nothing()
    {
        await SeedAsync();
        var rule = DamagedRule();
        (rule.Factor, rule.Above, rule.MinItems) = (null, 0.3, 3);
        var evaluator = Evaluator(rule);

        Assert.True(Assert.Single(await evaluator.CheckAsync(CheckDay, CancellationToken.None)).IsNew);
        Assert.True(Assert.Single(await evaluator.CheckAsync(CheckDay.AddDays(1), CancellationToken.None)).IsNew);
        var quiet = Assert.Single(await evaluator.CheckAsync(CheckDay.AddDays(-7), CancellationToken.None));

        Assert.Null(quiet.Alert);
        Assert.Equal(2, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM alerts"));
    }
}
