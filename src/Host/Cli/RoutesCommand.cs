using System.CommandLine;
using System.Globalization;
using Connectors.Host.Enrichment;
using Connectors.Host.Outbox;
using Connectors.Host.Routing;
using Connectors.Host.Store;
using Connectors.Host.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary><c>routes test &lt;feedback-key&gt;</c>: which routes a stored item takes, why the others do not, and what each sink would get; sends nothing.</summary>
internal static class RoutesCommand
{
    public static Command Create()
    {
        var command = new Command("routes", "Try the routes on stored feedback");
        var key = new Argument<string>("feedback-key") { Description = "The item's key, connector:source id (customers show lists them)" };
        var test = new Command("test", "Show which routes a stored feedback item takes, why the others do not, and the text each sink would get; nothing is sent") { key };
        test.SetAction(async (parse, ct) =>
        {
            var setup = CliSession.LoadSetup(parse);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<ConnectorsDbContext>>().CreateDbContextAsync(ct);
            var itemKey = parse.GetValue(key)!;
            var row = await db.Feedback.AsNoTracking().FirstOrDefaultAsync(f => f.Key == itemKey, ct);
            if (row is null)
            {
                CliSession.Fail($"no feedback item '{itemKey}'; keys are connector:source id, for example {await AnyKeyAsync(db, ct)}");
                return ExitCodes.ConfigError;
            }

            await WriteAsync(db, host.Services.GetRequiredService<Router>(), host.Services.GetRequiredService<SinkItemBuilder>(), row, ct);
            return ExitCodes.Ok;
        });
        command.Subcommands.Add(test);
        return command;
    }

    private static async Task WriteAsync(ConnectorsDbContext db, Router router, SinkItemBuilder builder, FeedbackEntity row, CancellationToken ct)
    {
        var annotations = AnnotationColumns.Read(row.Annotations);
        var author = row.CustomerId is { } id ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        var orders = author is null ? 0 : await db.CustomerOrders.CountAsync(o => o.CustomerId == author.Id, ct);
        var count = author is null ? 0 : await db.Feedback.CountAsync(f => f.CustomerId == author.Id, ct);
        var facts = new FeedbackFacts(row.Key, StoredRecords.Feedback(row), row.CustomerId, [.. annotations.Select(a => a.ToAnnotation(row.Key))],
            _ => author is null ? null : StoredRecords.Profile(author, orders, count));
        var customer = row.CustomerId?.ToString(CultureInfo.InvariantCulture) ?? "unknown";
        var topics = facts.Topics.Count == 0 ? "-" : string.Join(", ", facts.Topics);
        var priority = facts.Priority?.ToString().ToLowerInvariant() ?? "-";
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"[bold]{row.Key}[/]: {row.Kind} on {row.Channel}, customer {customer}, language {facts.Language ?? "-"}, sentiment {facts.SentimentLabel ?? "-"}, topics {topics}, priority {priority}");

        var table = new Table().Title("Routes").AddColumns("Route", "Takes it?", "Why not");
        foreach (var route in router.Routes)
        {
            var unmet = route.What == RouteOptions.Customers ? ["a customers route (customers, not feedback)"] : route.When?.Unmet(facts).ToList() ?? [];
            table.AddRow(Markup.Escape(route.Name), unmet.Count == 0 ? "[green]yes[/]" : "no", Markup.Escape(string.Join("; ", unmet)));
        }

        AnsiConsole.Write(router.Routes.Count == 0 ? new Text("No routes are configured.\n") : table);
        var targets = router.ForFeedback(facts).ToList();
        var due = targets.Select((t, i) => new OutboxItemEntity
        {
            Id = -1 - i,
            Sink = t.Sink,
            ItemType = "feedback",
            ItemKey = row.Key,
            IdempotencyKey = $"{t.Sink}:feedback:{row.Key}",
            Priority = t.Priority?.ToString().ToLowerInvariant(),
            Route = t.Route,
            Status = OutboxStatus.Pending,
        }).ToList();
        var built = await builder.BuildAsync(db, due, ct);
        foreach (var o in due)
        {
            var (item, error) = built[o.Id];
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"[bold]→ {o.Sink}[/] by route {o.Route}, priority {o.Priority ?? "(the sink's default)"}");
            if (error is not null)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"  [red]would be refused[/]: {error}");
            }
            else if (item?.Content is { } content)
            {
                AnsiConsole.Write(new Panel(Markup.Escape(content.Body)).Header(Markup.Escape(content.Subject ?? "(no subject: the sink writes its own)")).Expand());
            }
            else
            {
                AnsiConsole.MarkupLine("  (the route has no template: the sink writes its own text)");
            }
        }
    }

    private static async Task<string> AnyKeyAsync(ConnectorsDbContext db, CancellationToken ct) =>
        await db.Feedback.OrderByDescending(f => f.StoredAt).Select(f => f.Key).FirstOrDefaultAsync(ct) ?? "nps-typeform:tf_1000 (none stored yet)";
}
