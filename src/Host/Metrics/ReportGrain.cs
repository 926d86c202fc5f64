using System.Globalization;

namespace Connectors.Host.Metrics;

/// <summary>The size of a report's trend buckets. Days, weeks and months are UTC; a week starts on Monday (ISO 8601).</summary>
public enum ReportGrain
{
    Day,
    Week,
    Month,
}

/// <summary>Maps a UTC day to the start of its bucket, and names buckets.</summary>
public static class ReportGrains
{
    /// <summary>The first day of the bucket that holds <paramref name="day"/>.</summary>
    public static DateOnly BucketOf(this ReportGrain grain, DateOnly day) => grain switch
    {
        ReportGrain.Day => day,
        ReportGrain.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ReportGrain.Month => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, "unknown grain"),
    };

    /// <summary>How a bucket is shown: <c>2026-11-30</c>, <c>2026-W49</c>, <c>2026-11</c>.</summary>
    public static string Label(this ReportGrain grain, DateOnly start) => grain switch
    {
        ReportGrain.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
        ReportGrain.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
