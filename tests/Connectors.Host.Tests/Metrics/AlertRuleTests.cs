using Connectors.Host.Metrics;

namespace Connectors.Host.Tests.Metrics;

public sealed class AlertRuleTests
{
    private static readonly DateTimeOffset End = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static AlertOptions Rule(AlertMetric metric, double? factor = null, double? above = null, double? below = null, int minItems = 10, int baselineWeeks = 8) =>
        new() { Name = "r", Metric = metric, Factor = factor, Above = above, Below = below, MinItems = minItems, WindowDays = 7, BaselineWeeks = baselineWeeks, To = ["hook"] };

    private static MetricCounts Negatives(long items, long negative) => new(items, negative, 0, 0, 0, 0, 0, 0, 0);

    private static AlertEvaluation Check(AlertOptions rule, MetricCounts window, MetricCounts baseline) =>
        AlertRule.Evaluate(rule, "topic=damaged", window, baseline, End.AddDays(-7), End);

    [Fact]
    public void A_negative_share_above_factor_times_its_baseline_fires()
    {
        var e = Check(Rule(AlertMetric.NegativeShare, factor: 2), Negatives(20, 10), Negatives(100, 20));

        Assert.Null(e.Quiet);
        Assert.Equal(0.5, e.Value);
        Assert.Equal(0.2, e.Baseline!.Value, 9);
        Assert.Equal(0.4, e.Threshold!.Value, 9);
        Assert.True(e.FiredByBaseline);
        Assert.Equal("negative share of topic damaged is 50% over 7 days, 2.5x its 8-week level (20%), 20 items", AlertRule.Message(Rule(AlertMetric.NegativeShare, factor: 2), e));
    }

    [Fact]
    public void A_share_under_the_factor_stays_quiet_and_says_why()
    {
        var e = Check(Rule(AlertMetric.NegativeShare, factor: 2), Negatives(20, 7), Negatives(100, 20));

        Assert.Equal("35% is not above 40% (2x the baseline 20%)", e.Quiet);
        Assert.Equal(0.4, e.Threshold!.Value, 9);
    }

    [Fact]
    public void Too_few_items_in_the_window_never_fire()
    {
        var e = Check(Rule(AlertMetric.NegativeShare, factor: 2), Negatives(9, 9), Negatives(100, 1));

        Assert.Equal("9 items, needs 10", e.Quiet);
    }

    [Fact]
    public void A_factor_without_a_baseline_cannot_fire_but_an_absolute_bound_still_can()
    {
        Assert.Equal("no baseline: nothing in the 8 weeks before the window", Check(Rule(AlertMetric.NegativeShare, factor: 2), Negatives(20, 20), default).Quiet);

        var e = Check(Rule(AlertMetric.NegativeShare, factor: 2, above: 0.5), Negatives(20, 12), default);
        Assert.Null(e.Quiet);
        Assert.Equal(0.5, e.Threshold);
        Assert.False(e.FiredByBaseline);
    }

    [Fact]
    public void Volume_compares_with_the_baselines_average_over_a_window()
    {
        // 8 weeks of 80 items is 10 a week; a 7-day window of 25 is 2.5x that.
        var e = Check(Rule(AlertMetric.Volume, factor: 2), Negatives(25, 0), Negatives(80, 0));

        Assert.Equal(10, e.Baseline!.Value, 9);
        Assert.Equal(20, e.Threshold!.Value, 9);
        Assert.Null(e.Quiet);
    }

    [Fact]
    public void Csat_fires_on_a_drop_below_the_baseline_divided_by_the_factor()
    {
        var rule = Rule(AlertMetric.Csat, factor: 1.25);
        var window = new MetricCounts(20, 0, 0, 0, 0, 0, 0, CsatAnswers: 20, Satisfied: 12);
        var baseline = new MetricCounts(100, 0, 0, 0, 0, 0, 0, CsatAnswers: 100, Satisfied: 90);

        var e = Check(rule, window, baseline);

        Assert.Null(e.Quiet);
        Assert.Equal(0.72, e.Threshold!.Value, 9);
        Assert.Contains("CSAT of topic damaged is 60% over 7 days, 0.7x its 8-week level (90%)", AlertRule.Message(rule, e), StringComparison.Ordinal);
        Assert.NotNull(Check(rule, window with { Satisfied = 16 }, baseline).Quiet);
    }

    [Fact]
    public void A_negative_nps_baseline_drops_further_by_the_factor()
    {
        var rule = Rule(AlertMetric.Nps, factor: 2, minItems: 5);
        var baseline = new MetricCounts(100, 0, 0, 0, NpsAnswers: 100, Promoters: 20, Detractors: 30, 0, 0);

        var worse = Check(rule, new MetricCounts(10, 0, 0, 0, NpsAnswers: 10, Promoters: 1, Detractors: 4, 0, 0), baseline);
        var better = Check(rule, new MetricCounts(10, 0, 0, 0, NpsAnswers: 10, Promoters: 2, Detractors: 3, 0, 0), baseline);

        Assert.Equal(-20, worse.Threshold!.Value, 9);
        Assert.Null(worse.Quiet);
        Assert.NotNull(better.Quiet);
    }

    [Fact]
    public void Below_fires_under_an_absolute_floor()
    {
        var e = Check(Rule(AlertMetric.AverageRating, below: 0.5, baselineWeeks: 0), new MetricCounts(10, 0, Rated: 10, RatingSum: 4, 0, 0, 0, 0, 0), default);

        Assert.Null(e.Quiet);
        Assert.Equal("average rating of topic damaged is 0.40 over 7 days, below the threshold 0.50, 10 items", AlertRule.Message(Rule(AlertMetric.AverageRating, below: 0.5, baselineWeeks: 0), e));
    }
}
