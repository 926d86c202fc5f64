namespace Connectors.Host.Metrics;

/// <summary>Builds a <see cref="FeedbackReport"/> from the store: one grouped query per dimension over both periods, rolled up in memory.</summary>
public sealed class FeedbackReportBuilder(FeedbackMetricsQuery metrics)
{
    /// <summary>Breakdowns shown, in order.</summary>
    public static readonly MetricDimension[] Dimensions = [MetricDimension.Channel, MetricDimension.Topic, MetricDimension.Language, MetricDimension.Country];

    /// <summary>Builds the report of [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<FeedbackReport> BuildAsync(DateOnly from, DateOnly to, ReportGrain grain, int topics, int quotes, CancellationToken ct)
    {
        if (to <= from)
        {
            throw new ArgumentException($"the period must end after it starts ({from:yyyy-MM-dd} to {to:yyyy-MM-dd})", nameof(to));
        }

        var previousFrom = from.AddDays(from.DayNumber - to.DayNumber);
        var (start, middle, end) = (Utc(previousFrom), Utc(from), Utc(to));

        var breakdowns = new List<ReportBreakdown>();
        List<ReportSlice>? topicSlices = null;
        List<MetricRow> all = [];
        foreach (var dimension in Dimensions)
        {
            var rows = await metrics.DailyAsync(start, end, dimension, null, ct);
            // Every item has exactly one channel, so the channels' days are also the totals' days: no scan of its own.
            all = dimension == MetricDimension.Channel ? rows : all;
            var slices = rows.GroupBy(r => r.Value)
                .Select(g => new ReportSlice(g.Key, Sum(g, from, to), Sum(g, previousFrom, from)))
                .Where(s => s.Current.Items > 0 || s.Previous.Items > 0)
                .OrderByDescending(s => s.Current.Items).ThenByDescending(s => s.Previous.Items).ThenBy(s => s.Value, StringComparer.Ordinal)
                .ToList();
            breakdowns.Add(new ReportBreakdown(dimension, slices));
            topicSlices = dimension == MetricDimension.Topic ? slices : topicSlices;
        }

        var negativeTopics = new List<NegativeTopic>();
        foreach (var slice in (topicSlices ?? []).Where(s => s.Value is not null && s.Current.Negative > 0)
                     .OrderByDescending(s => s.Current.Negative).ThenBy(s => s.Value, StringComparer.Ordinal).Take(topics))
        {
            var examples = await metrics.ExamplesAsync(middle, end, null, MetricDimension.Topic, slice.Value, quotes, ct);
            negativeTopics.Add(new NegativeTopic(slice.Value!, slice.Current, slice.Previous, examples));
        }

        return new FeedbackReport
        {
            From = from,
            To = to,
            PreviousFrom = previousFrom,
            Grain = grain,
            Current = Sum(all, from, to),
            Previous = Sum(all, previousFrom, from),
            Trend = Trend(all, from, to, grain),
            Breakdowns = breakdowns,
            NegativeTopics = negativeTopics,
        };
    }

    /// <summary>The buckets that overlap the period, each summing only the period's days (a partial first or last week says so by its counts).</summary>
    private static List<ReportBucket> Trend(IReadOnlyList<MetricRow> rows, DateOnly from, DateOnly to, ReportGrain grain)
    {
        var byBucket = rows.Where(r => r.Day >= from && r.Day < to).GroupBy(r => grain.BucketOf(r.Day))
            .ToDictionary(g => g.Key, g => MetricCounts.Sum(g.Select(r => r.Counts)));
        var buckets = new List<ReportBucket>();
        for (var bucket = grain.BucketOf(from); bucket < to; bucket = Next(grain, bucket))
        {
            buckets.Add(new ReportBucket(bucket, grain.Label(bucket), byBucket.GetValueOrDefault(bucket)));
        }

        return buckets;
    }

    private static DateOnly Next(ReportGrain grain, DateOnly bucket) => grain switch
    {
        ReportGrain.Day => bucket.AddDays(1),
        ReportGrain.Week => bucket.AddDays(7),
        _ => bucket.AddMonths(1),
    };

    private static MetricCounts Sum(IEnumerable<MetricRow> rows, DateOnly from, DateOnly to) =>
        MetricCounts.Sum(rows.Where(r => r.Day >= from && r.Day < to).Select(r => r.Counts));

    internal static DateTimeOffset Utc(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
