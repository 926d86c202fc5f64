using System.CommandLine;
using System.Globalization;
using Connectors.Host.Identity;
using Connectors.Host.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// <c>customers show|review|merge|unmerge|keep-apart</c>: one customer across channels and why each identity joined;
/// the pairs held apart for review; and the operator's decisions, which later syncs respect.
/// </summary>
internal static class CustomersCommand
{
    public static Command Create()
    {
        var command = new Command("customers", "Show a customer across channels, review pairs held apart, merge, unmerge or keep customers apart");
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Review());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Unmerge());
        command.Subcommands.Add(KeepApart());
        return command;
    }

    private static Command Show()
    {
        var who = new Argument<string>("customer") { Description = "A customer id, an email address or a phone number" };
        var command = new Command("show", "Show one customer: attributes with their sources, identities and why they joined, merges, feedback") { who };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            await using var db = await Db(store, ct);
            var (id, error) = await CustomerLookup.FindAsync(db, parse.GetValue(who)!, ct);
            if (id is null)
            {
                CliSession.Fail($"{error}; an id, an email address or a phone number (E.164 or with its country code) finds a customer");
                return ExitCodes.ConfigError;
            }

            await CustomerView.WriteAsync(db, id.Value, ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Review()
    {
        var all = new Option<bool>("--all") { Description = "Also list pairs already merged or kept apart" };
        var command = new Command("review", "List pairs of customers a key pointed at each other but that were held apart, for an operator to decide") { all };
        command.SetAction(async (parse, ct) =>
        {
            using var store = await CliSession.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return ExitCodes.ConfigError;
            }

            await using var db = await Db(store, ct);
            var showAll = parse.GetValue(all);
            var pairs = await db.IdentityConflicts.Where(c => showAll || c.Status == "open").OrderBy(c => c.Id).Take(500).ToListAsync(ct);
            var table = new Table().Title($"Pairs held apart ({pairs.Count:N0}{(pairs.Count == 500 ? "+" : "")})")
                .AddColumns("Pair", "Customer", "Other", "Key", "Why not joined", "From", "Status");
            foreach (var c in pairs)
            {
                table.AddRow($"{c.Id}", $"{c.CustomerId}", $"{c.OtherCustomerId}", Markup.Escape($"{c.KeyKind} {c.KeyValue}"), Markup.Escape(c.Reason),
                    Markup.Escape($"{c.SourceInstance}:{c.SourceId}"), c.Status == "open" ? "[yellow]open[/]" : Markup.Escape(c.Status));
            }

            AnsiConsole.Write(pairs.Count == 0 ? new Text("No pairs to review.\n") : table);
            if (pairs.Any(p => p.Status == "open"))
            {
                AnsiConsole.MarkupLine("Decide with [bold]customers merge <a> <b>[/] (one person) or [bold]customers keep-apart <a> <b>[/] (different people).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Merge()
    {
        var a = new Argument<long>("a") { Description = "A customer id" };
        var b = new Argument<long>("b") { Description = "Another customer id" };
        var note = new Option<string?>("--note") { Description = "Why (kept with the merge)" };
        var command = new Command("merge", "Merge two customers into one (the older id is kept); later syncs keep them together") { a, b, note };
        command.SetAction((parse, ct) => Decide(parse, async d =>
        {
            var kept = await d.MergeAsync(parse.GetValue(a), parse.GetValue(b), parse.GetValue(note), ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Merged: customer [bold]{kept}[/] now holds both. customers show {kept} explains it.");
        }, ct));
        return command;
    }

    private static Command Unmerge()
    {
        var customer = new Argument<long>("customer") { Description = "The customer id" };
        var identity = new Argument<string>("identity") { Description = "The identity to take away: email:x@y, phone:+49..., or the address or number alone" };
        var command = new Command("unmerge", "Move one identity (and the records that brought only it) to a customer of its own; later syncs keep the two apart")
        {
            customer, identity,
        };
        command.SetAction((parse, ct) => Decide(parse, async d =>
        {
            var created = await d.UnmergeAsync(parse.GetValue(customer), parse.GetValue(identity)!, ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Unmerged: the identity is now customer [bold]{created}[/], kept apart from customer {parse.GetValue(customer)}.");
        }, ct));
        return command;
    }

    private static Command KeepApart()
    {
        var a = new Argument<long>("a") { Description = "A customer id" };
        var b = new Argument<long>("b") { Description = "Another customer id" };
        var note = new Option<string?>("--note") { Description = "Why (kept with the decision)" };
        var command = new Command("keep-apart", "Record that two customers are different people: no sync merges them; their pairs leave the review list") { a, b, note };
        command.SetAction((parse, ct) => Decide(parse, async d =>
        {
            await d.KeepApartAsync(parse.GetValue(a), parse.GetValue(b), parse.GetValue(note), ct);
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Kept apart: customers {parse.GetValue(a)} and {parse.GetValue(b)} will not be merged.");
        }, ct));
        return command;
    }

    /// <summary>Decisions change the store and queue the customers for the CRM, so they need the whole configuration valid.</summary>
    private static async Task<int> Decide(ParseResult parse, Func<OperatorDecisions, Task> decide, CancellationToken ct)
    {
        var setup = CliSession.LoadSetup(parse);
        if (setup is null)
        {
            return ExitCodes.ConfigError;
        }

        using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
        try
        {
            await decide(host.Services.GetRequiredService<OperatorDecisions>());
            return ExitCodes.Ok;
        }
        catch (DecisionException ex)
        {
            CliSession.Fail(ex.Message);
            return ExitCodes.ConfigError;
        }
    }

    private static Task<ConnectorsDbContext> Db(IHost store, CancellationToken ct) =>
        store.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
}
