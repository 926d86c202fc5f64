using System.CommandLine;
using System.Globalization;
using Connectors.Host.Metrics;
using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// <c>alerts check [--on DAY]</c>: checks every alert rule now (or as of a past day) and queues new breaches to their
/// sinks, showing each slice's figures and why a quiet rule did not fire; <c>alerts list</c>: the breaches stored.
/// <c>run</c> checks the rules by itself every 15 minutes.
/// </summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var command = new Command("alerts", "Check the alert rules and list the alerts raised");
        var on = new Option<string?>("--on") { Description = "Check as of the start of this day (yyyy-MM-dd, UTC): the windows end there; default today" };
        var check = new Command("check", "Check every alert rule; a new breach is stored and queued to the rule's sinks once (then `dispatch`, or `run`, sends it)") { on };
        check.SetAction(async (parse, ct) =>
        {
            if (!CliDates.TryParse(parse.GetValue(on), "--on", CliDates.Today(TimeProvider.System), out var day))
            {
                return ExitCodes.ConfigError;
            }

            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            if (setup.Config.Source.Alerts.Count == 0)
            {
                AnsiConsole.WriteLine("No alert rules in the configuration; add them under \"alerts\" (docs/operator-guide.md, Report and alerts).");
                return ExitCodes.Ok;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Store, ct);
            var evaluations = await host.Services.GetRequiredService<AlertEvaluator>().CheckAsync(day, ct);
            Write(evaluations, day);
            return ExitCodes.Ok;
        });

        var list = new Command("list", "List the alerts raised, newest first");
        list.SetAction(async (parse, ct) =>
        {
            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            await using var db = await store.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
            var alerts = await db.Alerts.AsNoTracking().OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Key).Take(50).ToListAsync(ct);
            var table = new Table().Title("Alerts raised (newest 50)").AddColumns("Raised (UTC)", "Key", "Message");
            foreach (var a in alerts)
            {
                var record = System.Text.Json.JsonSerializer.Deserialize<Abstractions.AlertRecord>(a.Payload);
                table.AddRow($"{a.CreatedAt:yyyy-MM-dd HH:mm}", Markup.Escape(a.Key), Markup.Escape(record?.Message ?? ""));
            }

            AnsiConsole.Write(alerts.Count == 0 ? new Text("No alerts raised yet; `alerts check` checks the rules now.\n") : table);
            return ExitCodes.Ok;
        });

        command.Subcommands.Add(check);
        command.Subcommands.Add(list);
        return command;
    }

    internal static void Write(List<AlertEvaluation> evaluations, DateOnly day)
    {
        var table = new Table().Title($"Alert rules as of {day:yyyy-MM-dd}").AddColumns("Rule", "Slice", "Window", "Items", "Value", "Baseline", "Threshold", "Result");
        foreach (var e in evaluations)
        {
            var result = e.Alert is null ? $"quiet: {e.Quiet}" : e.IsNew ? "[red]ALERT[/] (queued)" : "[yellow]alert[/] (already raised)";
            table.AddRow(Markup.Escape(e.Rule), Markup.Escape(e.Dimension.Length == 0 ? "all" : e.Dimension),
                $"{e.WindowStart:MM-dd}..{e.WindowEnd.AddDays(-1):MM-dd}", e.Items.ToString("N0", CultureInfo.InvariantCulture),
                AlertValueFormat.Format(e.Metric, e.Value), AlertValueFormat.Format(e.Metric, e.Baseline), AlertValueFormat.Format(e.Metric, e.Threshold),
                e.Alert is null ? Markup.Escape(result) : result);
        }

        AnsiConsole.Write(table);
        foreach (var e in evaluations.Where(e => e.IsNew))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{e.Rule}[/]: {e.Alert!.Message}");
        }
    }
}
