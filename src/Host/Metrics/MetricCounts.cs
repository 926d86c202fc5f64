namespace Connectors.Host.Metrics;

/// <summary>
/// The additive counts behind every VoC figure of a slice of feedback (a day, a week, a topic, ...). Sums of counts
/// roll up from days to weeks and months exactly, so SQL groups by day once and everything else adds up in memory.
/// </summary>
public readonly record struct MetricCounts(
    long Items,
    long Negative,
    long Rated,
    double RatingSum,
    long NpsAnswers,
    long Promoters,
    long Detractors,
    long CsatAnswers,
    long Satisfied)
{
    /// <summary>Net Promoter Score, -100..100: promoters (9-10) minus detractors (0-6), as percentages of the NPS answers.</summary>
    public double? Nps => NpsAnswers == 0 ? null : 100.0 * (Promoters - Detractors) / NpsAnswers;

    /// <summary>CSAT, 0..1: the share of CSAT answers that are 4 or 5 of 5.</summary>
    public double? Csat => CsatAnswers == 0 ? null : (double)Satisfied / CsatAnswers;

    /// <summary>The average normalised rating, 0..1, over the items that have a rating.</summary>
    public double? AverageRating => Rated == 0 ? null : RatingSum / Rated;

    /// <summary>The share of items whose sentiment is negative, 0..1.</summary>
    public double? NegativeShare => Items == 0 ? null : (double)Negative / Items;

    /// <summary>The value of one alert metric (volume is the item count).</summary>
    public double? Value(AlertMetric metric) => metric switch
    {
        AlertMetric.Volume => Items,
        AlertMetric.NegativeShare => NegativeShare,
        AlertMetric.Nps => Nps,
        AlertMetric.Csat => Csat,
        AlertMetric.AverageRating => AverageRating,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "unknown metric"),
    };

    /// <summary>How many items a metric is measured on: NPS on NPS answers, CSAT on CSAT answers, ratings on rated items.</summary>
    public long Basis(AlertMetric metric) => metric switch
    {
        AlertMetric.Nps => NpsAnswers,
        AlertMetric.Csat => CsatAnswers,
        AlertMetric.AverageRating => Rated,
        _ => Items,
    };

    public static MetricCounts operator +(MetricCounts a, MetricCounts b) => new(
        a.Items + b.Items, a.Negative + b.Negative, a.Rated + b.Rated, a.RatingSum + b.RatingSum, a.NpsAnswers + b.NpsAnswers,
        a.Promoters + b.Promoters, a.Detractors + b.Detractors, a.CsatAnswers + b.CsatAnswers, a.Satisfied + b.Satisfied);

    /// <summary>The sum of many slices.</summary>
    public static MetricCounts Sum(IEnumerable<MetricCounts> counts) => counts.Aggregate(default(MetricCounts), (a, b) => a + b);
}
