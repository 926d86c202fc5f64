using System.CommandLine;
using System.Globalization;
using Connectors.Host.Outbox;
using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>deadletters list|show|replay|discard</c>: what sinks refused for good, and what to do about it.</summary>
internal static class DeadLettersCommand
{
    public static Command Create()
    {
        var command = new Command("deadletters", "List, show, replay or discard outbound items a sink refused for good");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Act("replay", "Put dead-lettered items back in their sink's outbox, due now", (d, ids, sink, ct) => d.ReplayAsync(ids, sink, ct)));
        command.Subcommands.Add(Act("discard", "Drop dead-lettered items for good", (d, ids, sink, ct) => d.DiscardAsync(ids, sink, ct)));
        return command;
    }

    private static Command List()
    {
        var sinkOption = new Option<string?>("--sink") { Description = "Only this sink" };
        var command = new Command("list", "List dead-lettered items with the sink's reason") { sinkOption };
        command.SetAction((parse, ct) => WithStore(parse, async db =>
        {
            var sink = parse.GetValue(sinkOption);
            var letters = await db.DeadLetters.Where(d => sink == null || d.Sink == sink).OrderBy(d => d.Id).Take(200).ToListAsync(ct);
            var table = new Table().Title("Dead letters").AddColumns("Id", "Sink", "Item", "Attempts", "Failed (UTC)", "Reason");
            foreach (var d in letters)
            {
                var reason = d.Reason.Length > 90 ? d.Reason[..87] + "..." : d.Reason;
                table.AddRow($"{d.Id}", Markup.Escape(d.Sink), Markup.Escape($"{d.ItemType} {d.ItemKey}"), $"{d.Attempts}",
                    d.FailedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Markup.Escape(reason));
            }

            AnsiConsole.Write(letters.Count == 0 ? new Text("No dead letters.\n") : table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Show()
    {
        var idArgument = new Argument<long>("id") { Description = "The dead letter's id, from list" };
        var command = new Command("show", "Show one dead-lettered item in full") { idArgument };
        command.SetAction((parse, ct) => WithStore(parse, async db =>
        {
            var id = parse.GetValue(idArgument);
            var letter = await db.DeadLetters.FirstOrDefaultAsync(d => d.Id == id, ct);
            if (letter is null)
            {
                CliSession.Fail($"no dead letter {id}; see deadletters list");
                return ExitCodes.ConfigError;
            }

            var grid = new Grid().AddColumn().AddColumn();
            foreach (var (label, value) in new[]
            {
                ("Id", $"{letter.Id}"), ("Sink", letter.Sink), ("Item", $"{letter.ItemType} {letter.ItemKey}"), ("Idempotency key", letter.IdempotencyKey),
                ("Attempts", $"{letter.Attempts}"), ("Failed (UTC)", letter.FailedAt.ToString("u", CultureInfo.InvariantCulture)), ("Reason", letter.Reason),
            })
            {
                grid.AddRow(new Text(label), new Text(value));
            }

            AnsiConsole.Write(grid);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Act(string name, string description, Func<DeadLetters, IReadOnlyCollection<long>?, string?, CancellationToken, Task<int>> act)
    {
        var idsArgument = new Argument<long[]>("ids") { Description = "Dead letter ids, from list", Arity = ArgumentArity.ZeroOrMore };
        var allOption = new Option<bool>("--all") { Description = "Every dead letter (of --sink, if given)" };
        var sinkOption = new Option<string?>("--sink") { Description = "Only this sink" };
        var command = new Command(name, description) { idsArgument, allOption, sinkOption };
        command.SetAction(async (parse, ct) =>
        {
            var ids = parse.GetValue(idsArgument) ?? [];
            if (ids.Length == 0 && !parse.GetValue(allOption))
            {
                CliSession.Fail($"name the dead letters to {name} (ids from deadletters list), or pass --all");
                return ExitCodes.ConfigError;
            }

            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            var count = await act(store.Services.GetRequiredService<DeadLetters>(), ids.Length == 0 ? null : ids, parse.GetValue(sinkOption), ct);
            Console.WriteLine(name == "replay"
                ? $"{count} item(s) back in the outbox; run dispatch (or let run do it) to send them."
                : $"{count} dead letter(s) discarded.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> WithStore(ParseResult parse, Func<ConnectorsDbContext, Task<int>> action, CancellationToken ct)
    {
        using var store = await CliSession.OpenStoreAsync(parse, ct);
        if (store is null)
        {
            return ExitCodes.ConfigError;
        }

        await using var db = await store.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
        return await action(db);
    }
}
