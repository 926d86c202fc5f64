using System.Globalization;
using Connectors.Host.Metrics;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>The report as terminal tables: the figures against the previous period, the trend, the breakdowns and the negative topics with quotes.</summary>
internal static class ReportView
{
    private const int SlicesShown = 10;
    private const int QuoteLength = 90;

    public static void Write(FeedbackReport r)
    {
        var days = r.To.DayNumber - r.From.DayNumber;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]VoC report[/] {r.From:yyyy-MM-dd} to {r.To.AddDays(-1):yyyy-MM-dd} ({days} days, UTC), against {r.PreviousFrom:yyyy-MM-dd} to {r.From.AddDays(-1):yyyy-MM-dd}");
        if (r.Current.Items == 0 && r.Previous.Items == 0)
        {
            AnsiConsole.WriteLine("No feedback occurred in either period; choose another with --from and --to, or run `sync` first.");
            return;
        }

        WriteFigures(r);
        WriteTrend(r);
        foreach (var breakdown in r.Breakdowns.Where(b => b.Slices.Count > 0))
        {
            WriteBreakdown(breakdown);
        }

        WriteNegativeTopics(r);
    }

    private static void WriteFigures(FeedbackReport r)
    {
        var (c, p) = (r.Current, r.Previous);
        var table = new Table().Title("Figures").AddColumns("", "This period", "Previous period", "Change");
        table.AddRow("Items", N(c.Items), N(p.Items), Change(c.Items, p.Items));
        table.AddRow("Negative share", Share(c.NegativeShare), Share(p.NegativeShare), Points(c.NegativeShare, p.NegativeShare));
        table.AddRow("NPS", Nps(c), Nps(p), Delta(c.Nps, p.Nps, "+0;-0;0"));
        table.AddRow("CSAT (4-5 of 5)", Csat(c), Csat(p), Points(c.Csat, p.Csat));
        table.AddRow("Average rating (0-1)", Rating(c.AverageRating), Rating(p.AverageRating), Delta(c.AverageRating, p.AverageRating, "+0.00;-0.00;0.00"));
        AnsiConsole.Write(table);
    }

    private static void WriteTrend(FeedbackReport r)
    {
        var table = new Table().Title($"Trend by {r.Grain.ToString().ToLowerInvariant()}").AddColumns("Period", "Items", "Negative share", "NPS", "CSAT", "Avg rating");
        foreach (var b in r.Trend)
        {
            table.AddRow(b.Label, N(b.Counts.Items), Share(b.Counts.NegativeShare), Nps(b.Counts), Csat(b.Counts), Rating(b.Counts.AverageRating));
        }

        AnsiConsole.Write(table);
    }

    private static void WriteBreakdown(ReportBreakdown breakdown)
    {
        var name = breakdown.Dimension.ToString();
        var table = new Table().Title($"By {name.ToLowerInvariant()}").AddColumns(name, "Items", "Change", "Negative share", "Change", "NPS", "CSAT", "Avg rating");
        foreach (var s in breakdown.Slices.Take(SlicesShown))
        {
            table.AddRow(Markup.Escape(s.Value ?? "(unknown)"), N(s.Current.Items), Change(s.Current.Items, s.Previous.Items),
                Share(s.Current.NegativeShare), Points(s.Current.NegativeShare, s.Previous.NegativeShare), Nps(s.Current), Csat(s.Current), Rating(s.Current.AverageRating));
        }

        if (breakdown.Slices.Count > SlicesShown)
        {
            table.Caption($"and {breakdown.Slices.Count - SlicesShown} more (--json or --csv lists every one)");
        }

        AnsiConsole.Write(table);
    }

    private static void WriteNegativeTopics(FeedbackReport r)
    {
        if (r.NegativeTopics.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Top negative topics").AddColumns("Topic", "Negative items", "Of all feedback", "Of the topic", "Before", "What customers said");
        foreach (var t in r.NegativeTopics)
        {
            var quotes = string.Join('\n', t.Examples.Select(q => "\"" + (q.Length > QuoteLength ? q[..(QuoteLength - 3)] + "..." : q).ReplaceLineEndings(" ") + "\""));
            var ofAll = r.Current.Items == 0 ? null : (double?)t.Current.Negative / r.Current.Items;
            table.AddRow(Markup.Escape(t.Topic), N(t.Current.Negative), Share(ofAll), Share(t.Current.NegativeShare), Share(t.Previous.NegativeShare), Markup.Escape(quotes));
        }

        AnsiConsole.Write(table);
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Share(double? share) => share is { } s ? s.ToString("0%", CultureInfo.InvariantCulture) : "-";

    private static string Rating(double? rating) => rating is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Nps(MetricCounts c) => c.Nps is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n:+0;-0;0} ({c.NpsAnswers:N0})") : "-";

    private static string Csat(MetricCounts c) => c.Csat is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0%} ({c.CsatAnswers:N0})") : "-";

    /// <summary>Relative change of a count: <c>+23%</c>, <c>new</c> when there was none before.</summary>
    private static string Change(long now, long before) =>
        before == 0 ? (now == 0 ? "-" : "new") : ((now - before) / (double)before).ToString("+0%;-0%;0%", CultureInfo.InvariantCulture);

    /// <summary>Change of a share in percentage points: <c>+5 pts</c>.</summary>
    private static string Points(double? now, double? before) =>
        now is { } n && before is { } b ? string.Create(CultureInfo.InvariantCulture, $"{(n - b) * 100:+0;-0;0} pts") : "-";

    private static string Delta(double? now, double? before, string format) =>
        now is { } n && before is { } b ? (n - b).ToString(format, CultureInfo.InvariantCulture) : "-";
}
