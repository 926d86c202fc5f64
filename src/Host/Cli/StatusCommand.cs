using System.Globalization;
using System.CommandLine;
using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>status</c>: recent runs, checkpoints, store totals, outbox depth and recently skipped input.</summary>
internal static class StatusCommand
{
    private const int RecentRuns = 15;
    private const int RecentProblems = 10;

    public static Command Create()
    {
        var command = new Command("status", "Show recent sync runs, checkpoints, store totals, outbox depth and skipped input");
        command.SetAction(async (parse, ct) =>
        {
            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            await using var db = await store.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
            await WriteTotals(db, ct);
            await WriteRuns(db, ct);
            await WriteCheckpoints(db, ct);
            await WriteProblems(db, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteTotals(ConnectorsDbContext db, CancellationToken ct)
    {
        var pending = await db.Outbox.CountAsync(o => o.Status == "pending", ct);
        var oldestDue = await db.Outbox.Where(o => o.Status == "pending").OrderBy(o => o.DueAt).Select(o => (DateTimeOffset?)o.DueAt).FirstOrDefaultAsync(ct);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Store: [bold]{await db.Customers.CountAsync(ct):N0}[/] customers, [bold]{await db.Feedback.CountAsync(ct):N0}[/] feedback items, [bold]{await db.Messages.CountAsync(ct):N0}[/] messages");
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Outbox: [bold]{pending:N0}[/] pending{(oldestDue is { } due ? $" (oldest due {due:u})" : "")}, [bold]{await db.DeadLetters.CountAsync(ct):N0}[/] dead letters");
        var drafts = await db.Replies.CountAsync(r => r.Status == Replies.ReplyStatus.Draft, ct);
        var posted = await db.Replies.CountAsync(r => r.PostedAt != null, ct);
        if (drafts + posted > 0)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Replies: [bold]{posted:N0}[/] posted, [bold]{drafts:N0}[/] drafts waiting for [bold]replies approve[/]");
        }
    }

    private static async Task WriteRuns(ConnectorsDbContext db, CancellationToken ct)
    {
        var runs = await db.SyncRuns.OrderByDescending(r => r.Id).Take(RecentRuns).ToListAsync(ct);
        var table = new Table().Title("Recent runs").AddColumns("Run", "Connector", "Stream", "Started (UTC)", "Status", "Read", "Inserted", "Updated", "Unchanged", "Skipped", "Time");
        foreach (var r in runs)
        {
            var duration = r.EndedAt is { } end ? $"{(end - r.StartedAt).TotalSeconds:N2}s" : "-";
            table.AddRow($"{r.Id}", Markup.Escape(r.Connector), Markup.Escape(r.Stream), $"{r.StartedAt:yyyy-MM-dd HH:mm:ss}",
                r.Status == "succeeded" ? "[green]succeeded[/]" : $"[yellow]{Markup.Escape(r.Status)}[/]",
                $"{r.RecordsRead:N0}", $"{r.Inserted:N0}", $"{r.Updated:N0}", $"{r.Unchanged:N0}", $"{r.Problems:N0}", duration);
        }

        AnsiConsole.Write(runs.Count == 0 ? new Text("No sync runs yet; run `sync` to start one.\n") : table);
        foreach (var failed in runs.Where(r => r.Error is not null).Take(3))
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  run {failed.Id} ({failed.Status}): {failed.Error}");
        }
    }

    private static async Task WriteCheckpoints(ConnectorsDbContext db, CancellationToken ct)
    {
        var checkpoints = await db.Checkpoints.OrderBy(c => c.Connector).ThenBy(c => c.Stream).ToListAsync(ct);
        var table = new Table().Title("Checkpoints").AddColumns("Connector", "Stream", "Updated (UTC)", "Value");
        foreach (var c in checkpoints)
        {
            var value = c.Value.Length > 70 ? c.Value[..67] + "..." : c.Value;
            table.AddRow(Markup.Escape(c.Connector), Markup.Escape(c.Stream), $"{c.UpdatedAt:yyyy-MM-dd HH:mm:ss}", Markup.Escape(value));
        }

        if (checkpoints.Count > 0)
        {
            AnsiConsole.Write(table);
        }
    }

    private static async Task WriteProblems(ConnectorsDbContext db, CancellationToken ct)
    {
        var lastRun = await db.SyncRuns.Where(r => r.Problems > 0).OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        if (lastRun is null)
        {
            return;
        }

        var problems = await db.SyncProblems.Where(p => p.RunId == lastRun).OrderBy(p => p.Id).Take(RecentProblems).ToListAsync(ct);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Skipped input in run {lastRun} (first {problems.Count}):");
        foreach (var p in problems)
        {
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [yellow]{p.Location}[/]: {p.Reason}");
        }
    }
}
