using System.Globalization;
using Connectors.Host.Configuration;

namespace Connectors.Host.Metrics;

/// <summary>
/// A report as CSV rows for a spreadsheet or a BI tool: one row per figure set, with <c>section</c> (overview, trend,
/// breakdown, negative_topic), <c>dimension</c>, <c>value</c> and <c>period</c> (current, previous or a bucket) before
/// the figures. Quotes are joined with " | " in the last column. RFC 4180 quoting; numbers invariant.
/// </summary>
public static class ReportCsv
{
    private static readonly string[] Header =
    [
        "section", "dimension", "value", "period", "from", "to", "items", "negative", "negative_share", "nps", "nps_answers",
        "csat", "csat_answers", "average_rating", "rated", "examples",
    ];

    public static void Write(FeedbackReport report, TextWriter output)
    {
        output.WriteLine(string.Join(',', Header));
        var (from, to, previous) = (Day(report.From), Day(report.To), Day(report.PreviousFrom));
        Row(output, "overview", "", "", "current", from, to, report.Current);
        Row(output, "overview", "", "", "previous", previous, from, report.Previous);
        var buckets = report.Trend;
        for (var i = 0; i < buckets.Count; i++)
        {
            var end = i + 1 < buckets.Count ? Day(buckets[i + 1].Start) : to;
            Row(output, "trend", JsonNames.Of(report.Grain), buckets[i].Label, buckets[i].Label, Day(buckets[i].Start), end, buckets[i].Counts);
        }

        foreach (var breakdown in report.Breakdowns)
        {
            var dimension = JsonNames.Of(breakdown.Dimension);
            foreach (var slice in breakdown.Slices)
            {
                Row(output, "breakdown", dimension, slice.Value ?? "", "current", from, to, slice.Current);
                Row(output, "breakdown", dimension, slice.Value ?? "", "previous", previous, from, slice.Previous);
            }
        }

        foreach (var topic in report.NegativeTopics)
        {
            Row(output, "negative_topic", "topic", topic.Topic, "current", from, to, topic.Current, string.Join(" | ", topic.Examples));
        }
    }

    private static void Row(TextWriter output, string section, string dimension, string value, string period, string from, string to, MetricCounts c, string examples = "")
    {
        var cells = new[]
        {
            section, dimension, Text(value), period, from, to, Number(c.Items), Number(c.Negative), Number(c.NegativeShare), Number(c.Nps),
            Number(c.NpsAnswers), Number(c.Csat), Number(c.CsatAnswers), Number(c.AverageRating), Number(c.Rated), Text(examples),
        };
        output.WriteLine(string.Join(',', cells.Select(Quote)));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? d) => d is { } v ? Math.Round(v, 4).ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>Customers' words and names: one that starts like a formula is prefixed with <c>'</c>, so a spreadsheet shows it instead of running it.</summary>
    private static string Text(string cell) => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;

    /// <summary>Quotes a cell that holds a comma, a quote or a line break; a quote inside is doubled.</summary>
    internal static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
