using System.CommandLine;
using System.Globalization;
using Connectors.Host.Outbox;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// <c>review-requests</c>: per connector, the orders offered for a review request and what became of each (waiting
/// for the window, due, sent, skipped with the reason, refused), with the latest ones; <c>review-requests send</c>
/// sends the due ones now.
/// </summary>
internal static class ReviewRequestsCommand
{
    public static Command Create()
    {
        var connector = new Option<string?>("--connector") { Description = "Only this connector's requests" };
        var limit = new Option<int>("--limit") { Description = "How many of the latest requests to list", DefaultValueFactory = _ => 20 };
        var command = new Command("review-requests", "Show the review requests queued from the orders sources offered (sent once per order), and why any was skipped")
        {
            connector, limit, CreateSend(),
        };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            await using var db = await store.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
            var name = parse.GetValue(connector);
            var items = db.Outbox.AsNoTracking().Where(o => o.ItemType == ReviewRequestWriter.ItemType && (name == null || o.Sink == name));
            var now = store.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var rows = await items.GroupBy(o => o.Sink).Select(g => new
            {
                Connector = g.Key,
                Offered = g.Count(),
                Waiting = g.Count(o => o.Status == OutboxStatus.Pending && o.DueAt > now),
                Due = g.Count(o => o.Status == OutboxStatus.Pending && o.DueAt <= now),
                Sent = g.Count(o => o.Status == OutboxStatus.Done),
                Skipped = g.Count(o => o.Status == OutboxStatus.Skipped),
                Refused = g.Count(o => o.Status == OutboxStatus.Dead),
            }).ToListAsync(ct);
            if (rows.Count == 0)
            {
                AnsiConsole.WriteLine(name is null
                    ? "No review requests: no connector with \"reviewRequests\": { \"enabled\": true } has offered an order yet."
                    : $"No review requests for '{name}'.");
                return ExitCodes.Ok;
            }

            var summary = new Table().Title("Review requests").AddColumns("Connector", "Offered", "Waiting for window", "Due", "Sent", "Skipped", "Refused");
            foreach (var r in rows.OrderBy(r => r.Connector, StringComparer.Ordinal))
            {
                summary.AddRow(Markup.Escape(r.Connector), $"{r.Offered:N0}", $"{r.Waiting:N0}", $"{r.Due:N0}", $"{r.Sent:N0}", $"{r.Skipped:N0}",
                    r.Refused > 0 ? $"[red]{r.Refused:N0}[/]" : "0");
            }

            AnsiConsole.Write(summary);
            var latest = await items.OrderByDescending(o => o.Id).Take(Math.Max(1, parse.GetValue(limit))).ToListAsync(ct);
            var list = new Table().Title("Latest").AddColumns("Connector", "Order", "State", "Due / last attempt (UTC)", "Reason");
            foreach (var o in latest)
            {
                list.AddRow(Markup.Escape(o.Sink), Markup.Escape(o.ItemKey), State(o, now), o.DueAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    Markup.Escape(o.LastError ?? ""));
            }

            AnsiConsole.Write(list);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateSend()
    {
        var target = new Argument<string?>("connector") { Description = "The connector (default: every one that sends review requests)", Arity = ArgumentArity.ZeroOrOne };
        var send = new Command("send", "Send the due review requests now (run does this every few seconds)") { target };
        send.SetAction(async (parse, ct) =>
        {
            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            var senders = setup.Config.Connectors.Where(c => c.Config.ReviewRequests is { Enabled: true }).Select(c => c.Name).ToList();
            var name = parse.GetValue(target);
            if (name is not null && !senders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                CliSession.Fail($"'{name}' does not send review requests; set \"reviewRequests\": {{ \"enabled\": true }} on it. Connectors that do: " +
                    (senders.Count == 0 ? "none" : string.Join(", ", senders)));
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
            foreach (var connector in name is null ? senders : [setup.Config.Find(name)!.Name])
            {
                var s = await dispatcher.DispatchAsync(connector, ct);
                AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Sink)}[/]: {s.Done:N0} sent, {s.Skipped:N0} skipped, {s.Retried:N0} to retry, " +
                    $"{(s.DeadLettered > 0 ? $"[red]{s.DeadLettered:N0} refused[/]" : "0 refused")}, {s.StillPending:N0} waiting");
            }

            return ExitCodes.Ok;
        });
        return send;
    }

    private static string State(OutboxItemEntity o, DateTimeOffset now) => o.Status switch
    {
        OutboxStatus.Done => "[green]sent[/]",
        OutboxStatus.Skipped => "[yellow]skipped[/]",
        OutboxStatus.Dead => "[red]refused[/]",
        _ when o.DueAt > now => o.Attempts > 0 ? "retrying" : "waiting for window",
        _ => "due",
    };
}
