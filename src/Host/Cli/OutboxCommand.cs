using System.CommandLine;
using System.Globalization;
using Connectors.Host.Outbox;
using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>outbox</c>: per sink, how much waits, how old the oldest due item is, and what failed.</summary>
internal static class OutboxCommand
{
    public static Command Create()
    {
        var command = new Command("outbox", "Show outbound work per sink (and review-request source): pending, oldest due, retrying, done, skipped, dead-lettered");
        command.SetAction(async (parse, ct) =>
        {
            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            await using var db = await store.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
            var rows = await db.Outbox.GroupBy(o => o.Sink).Select(g => new
            {
                Sink = g.Key,
                Pending = g.Count(o => o.Status == OutboxStatus.Pending),
                Retrying = g.Count(o => o.Status == OutboxStatus.Pending && o.Attempts > 0),
                Done = g.Count(o => o.Status == OutboxStatus.Done),
                Dead = g.Count(o => o.Status == OutboxStatus.Dead),
                Skipped = g.Count(o => o.Status == OutboxStatus.Skipped),
            }).ToListAsync(ct);
            var table = new Table().Title("Outbox").AddColumns("Target", "Pending", "Oldest due (UTC)", "Retrying", "Done", "Skipped", "Dead-lettered");
            foreach (var r in rows.OrderBy(r => r.Sink, StringComparer.Ordinal))
            {
                var oldest = await db.Outbox.Where(o => o.Sink == r.Sink && o.Status == OutboxStatus.Pending).OrderBy(o => o.DueAt)
                    .Select(o => (DateTimeOffset?)o.DueAt).FirstOrDefaultAsync(ct);
                table.AddRow(Markup.Escape(r.Sink), $"{r.Pending:N0}", oldest?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-",
                    $"{r.Retrying:N0}", $"{r.Done:N0}", $"{r.Skipped:N0}", r.Dead > 0 ? $"[red]{r.Dead:N0}[/]" : "0");
            }

            AnsiConsole.Write(rows.Count == 0 ? new Text("The outbox is empty: no route has matched a changed record yet.\n") : table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
