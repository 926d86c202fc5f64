using System.CommandLine;
using System.Text.Json;
using Connectors.Host.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Cli;

/// <summary>
/// <c>report [--from --to --by week] [--json|--csv]</c>: NPS, CSAT, average rating, volumes and negative share of a
/// period against the period before it, their trend, breakdowns by channel, topic, language and country, and the
/// topics with the most negative items with example quotes. Reads the store alone.
/// </summary>
internal static class ReportCommand
{
    private const int DefaultDays = 28;

    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = $"First day of the period (yyyy-MM-dd, UTC); default {DefaultDays} days before --to" };
        var to = new Option<string?>("--to") { Description = "Day after the period (exclusive, yyyy-MM-dd, UTC); default tomorrow, so today is in" };
        var by = new Option<ReportGrain>("--by") { Description = "Trend buckets: day, week (Monday to Sunday) or month", DefaultValueFactory = _ => ReportGrain.Week };
        var topics = new Option<int>("--topics") { Description = "How many negative topics to list, with quotes", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Write the whole report as JSON to standard output" };
        var csv = new Option<bool>("--csv") { Description = "Write the figures as CSV rows (section, dimension, value, period, ...) to standard output" };
        var command = new Command("report", "NPS, CSAT, ratings, volumes and negative share of a period against the one before, by channel, topic, language and country")
        {
            from, to, by, topics, json, csv,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv))
            {
                CliSession.Fail("--json and --csv both given; choose one output format");
                return ExitCodes.ConfigError;
            }

            if (parse.GetValue(topics) is < 0 or > 100)
            {
                CliSession.Fail($"--topics {parse.GetValue(topics)} is out of range; give 0 to 100");
                return ExitCodes.ConfigError;
            }

            var today = CliDates.Today(TimeProvider.System);
            if (!CliDates.TryParse(parse.GetValue(to), "--to", today.AddDays(1), out var end)
                || !CliDates.TryParse(parse.GetValue(from), "--from", end.AddDays(-DefaultDays), out var start))
            {
                return ExitCodes.ConfigError;
            }

            if (end <= start)
            {
                CliSession.Fail($"--to {end:yyyy-MM-dd} is not after --from {start:yyyy-MM-dd}; --to is the day after the period");
                return ExitCodes.ConfigError;
            }

            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            var report = await store.Services.GetRequiredService<FeedbackReportBuilder>().BuildAsync(start, end, parse.GetValue(by), parse.GetValue(topics), quotes: 2, ct);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, ReportJson.Options));
            }
            else if (parse.GetValue(csv))
            {
                ReportCsv.Write(report, Console.Out);
            }
            else
            {
                ReportView.Write(report);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
