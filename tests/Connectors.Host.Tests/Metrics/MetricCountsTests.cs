using Connectors.Host.Metrics;

namespace Connectors.Host.Tests.Metrics;

public sealed class MetricCountsTests
{
    [Fact]
    public void Nps_is_promoters_minus_detractors_as_percentages_of_the_answers()
    {
        var c = new MetricCounts(Items: 10, Negative: 3, Rated: 10, RatingSum: 6, NpsAnswers: 10, Promoters: 5, Detractors: 2, CsatAnswers: 0, Satisfied: 0);

        Assert.Equal(30, c.Nps);
        Assert.Null(c.Csat);
        Assert.Equal(0.6, c.AverageRating);
        Assert.Equal(0.3, c.NegativeShare);
    }

    [Fact]
    public void Days_roll_up_by_adding_their_counts()
    {
        var a = new MetricCounts(4, 1, 4, 2, 0, 0, 0, CsatAnswers: 4, Satisfied: 3);
        var b = new MetricCounts(6, 3, 2, 0.5, 0, 0, 0, CsatAnswers: 6, Satisfied: 2);

        var sum = MetricCounts.Sum([a, b]);

        Assert.Equal(10, sum.Items);
        Assert.Equal(0.5, sum.Csat);
        Assert.Equal(2.5 / 6, sum.AverageRating!.Value, 12);
        Assert.Equal(0.4, sum.NegativeShare);
    }

    [Theory]
    [InlineData("2026-12-06", ReportGrain.Week, "2026-11-30", "2026-W49")] // a Sunday belongs to the week of the Monday before
    [InlineData("2026-11-30", ReportGrain.Week, "2026-11-30", "2026-W49")]
    [InlineData("2027-01-01", ReportGrain.Week, "2026-12-28", "2026-W53")]
    [InlineData("2026-12-06", ReportGrain.Month, "2026-12-01", "2026-12")]
    [InlineData("2026-12-06", ReportGrain.Day, "2026-12-06", "2026-12-06")]
    public void Buckets_start_on_monday_or_the_first_and_read_as_iso_labels(string day, ReportGrain grain, string start, string label)
    {
        var bucket = grain.BucketOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), bucket);
        Assert.Equal(label, grain.Label(bucket));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Csv_cells_are_quoted_as_rfc_4180_says(string cell, string expected) => Assert.Equal(expected, ReportCsv.Quote(cell));
}
