using System.CommandLine;
using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Connectors.Host.Sync;
using Connectors.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Connectors.Host.Cli;

/// <summary>
/// <c>demo</c>: starts every vendor emulator in-process on loopback, points the shipped demo configuration at it,
/// runs each connector once with progress, pushes to the sinks, and prints what was stored and what the emulated
/// vendors received. No credentials, no second terminal; the SQLite file stays for inspection.
/// </summary>
internal static class DemoCommand
{
    public const string SandboxUrlVariable = "CONNECTORS_SANDBOX_URL";
    private const string DefaultConfig = "samples/demo.json";

    /// <summary>What the emulated sinks now hold: the CRM's contacts and notes, the helpdesk's newest tickets.</summary>
    private static void WriteReceived(SandboxServer sandbox)
    {
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"HubSpot now has [bold]{sandbox.HubSpot.Contacts.Count:N0}[/] contacts and [bold]{sandbox.HubSpot.Notes.Count:N0}[/] timeline notes");
        var zendesk = Connectors.Sandbox.Zendesk.ZendeskEmulator.Of(sandbox).Store;
        var tickets = zendesk.Tickets;
        var table = new Table().Title($"Zendesk tickets ({tickets.Count:N0})").AddColumns("Id", "Priority", "Requester", "Subject", "Tags");
        foreach (var ticket in tickets.OrderByDescending(t => t.Id).Take(8))
        {
            var requester = zendesk.GetUser(ticket.RequesterId);
            table.AddRow($"{ticket.Id}", Markup.Escape(ticket.Priority ?? "-"), Markup.Escape(requester?.Email ?? requester?.Name ?? "-"),
                Markup.Escape(ticket.Subject), Markup.Escape(string.Join(' ', ticket.Tags)));
        }

        AnsiConsole.Write(table);
        if (tickets.Where(t => t.Priority == "urgent").MaxBy(t => t.Id) is { } urgent)
        {
            // The route's template wrote it: the customer's words, what the enrichers found, who they are and what they said before.
            AnsiConsole.Write(new Panel(Markup.Escape(urgent.Description)).Header(Markup.Escape($"Ticket {urgent.Id}: {urgent.Subject}")).Expand());
        }
    }

    /// <summary>The loop closed: what the reply route posted back on Trustpilot, with one of the answers.</summary>
    private static void WriteRepliesPosted(SandboxServer sandbox)
    {
        // What is newer than the seeded history was posted by this run.
        var answered = sandbox.Trustpilot.Reviews.All.Where(r => r.CompanyReply is { } reply && reply.CreatedAt > sandbox.Options.DataEpoch).ToList();
        var comments = sandbox.Trustpilot.ProductReviews.Conversations.SelectMany(c => c.Comments).Count(c => c.CreatedAt > sandbox.Options.DataEpoch);
        if (answered.Count == 0)
        {
            return;
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Trustpilot now shows [bold]{answered.Count + comments:N0}[/] replies posted by the route answer-one-star-reviews ({answered.Count:N0} on service reviews, {comments:N0} on product reviews)");
        var example = answered[0];
        AnsiConsole.Write(new Panel(Markup.Escape($"★ {example.Stars}/5 \"{example.Title}\": {example.Text}\n\nReply: {example.CompanyReply!.Text}"))
            .Header(Markup.Escape($"Review {example.Id} by {example.ConsumerName}")).Expand());
    }

    /// <summary>What the enrichers found: a few of the stored items, the most negative first.</summary>
    private static async Task WriteAnnotationsAsync(Microsoft.Extensions.Hosting.IHost host, CancellationToken ct)
    {
        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Store.ConnectorsDbContext>>().CreateDbContextAsync(ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Feedback.Where(f => f.Body != null && f.SentimentLabel != null).OrderBy(f => f.Sentiment).ThenBy(f => f.Key).Take(8), ct);
        var table = new Table().Title("What the enrichers found (the most negative items)").AddColumns("Item", "Language", "Sentiment", "Topics", "Priority", "Text");
        foreach (var f in items)
        {
            var text = f.Body!.Length > 48 ? f.Body[..45] + "..." : f.Body;
            var topics = f.Topics is null ? "-" : string.Join(", ", System.Text.Json.JsonSerializer.Deserialize<List<string>>(f.Topics) ?? []);
            table.AddRow(Markup.Escape(f.Key.Length > 34 ? "..." + f.Key[^31..] : f.Key), Markup.Escape(f.DetectedLanguage ?? "-"),
                Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{f.SentimentLabel} {f.Sentiment:0.00}")), Markup.Escape(topics),
                Markup.Escape(f.Priority ?? "-"), Markup.Escape(text));
        }

        AnsiConsole.Write(table);
    }

    /// <summary>
    /// Checks the alert rules as of the day after the newest feedback (the sample exports are from the autumn of 2026,
    /// so "today" would find empty windows), which queues each breach to the webhook sink; returns that day.
    /// </summary>
    private static async Task<DateOnly> CheckAlertsAsync(Microsoft.Extensions.Hosting.IHost host, CancellationToken ct)
    {
        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Store.ConnectorsDbContext>>().CreateDbContextAsync(ct);
        var newest = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(db.Feedback.Select(f => (DateTimeOffset?)f.OccurredAt), ct);
        var asOf = DateOnly.FromDateTime((newest ?? TimeProvider.System.GetUtcNow()).UtcDateTime).AddDays(1);
        AlertsCommand.Write(await host.Services.GetRequiredService<Metrics.AlertEvaluator>().CheckAsync(asOf, ct), asOf);
        return asOf;
    }

    /// <summary>What the emulated webhook receiver (standing in for the ops team's chat or on-call tool) got from the alert rules.</summary>
    private static void WriteAlertsReceived(SandboxServer sandbox)
    {
        var deliveries = Connectors.Sandbox.Webhook.WebhookEmulator.Of(sandbox).Deliveries.All;
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"The webhook receiver got [bold]{deliveries.Count:N0}[/] signed alert deliveries{(deliveries.Count > 0 ? ", for example:" : "")}");
        if (deliveries.Count > 0 && deliveries[0] is { } first)
        {
            using var body = System.Text.Json.JsonDocument.Parse(first.Body);
            var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() : first.Body;
            AnsiConsole.Write(new Panel(Markup.Escape(text ?? "")).Header(Markup.Escape($"{first.DeliveryId} (signature verified: {first.Verified})")).Expand());
        }
    }

    /// <summary>The VoC report of the 30 days before the alerts' day, against the 30 before those.</summary>
    private static async Task WriteReportAsync(Microsoft.Extensions.Hosting.IHost host, DateOnly asOf, CancellationToken ct)
    {
        var report = await host.Services.GetRequiredService<Metrics.FeedbackReportBuilder>().BuildAsync(asOf.AddDays(-30), asOf, Metrics.ReportGrain.Week, topics: 3, quotes: 2, ct);
        ReportView.Write(report);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"The same report: [bold]dotnet run --project src/Host -- report -c samples/demo.json --from {asOf.AddDays(-30):yyyy-MM-dd} --to {asOf:yyyy-MM-dd}[/] (add --json or --csv)");
    }

    public static Command Create()
    {
        var customers = new Option<int>("--customers") { Description = "Customers in the emulated shop", DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { Description = "Seed of the emulated data (same seed, same data)", DefaultValueFactory = _ => 42 };
        var command = new Command("demo", $"Run every connector of {DefaultConfig} once against the built-in vendor emulators") { customers, seed };
        command.SetAction(async (parse, ct) =>
        {
            var configPath = parse.GetResult(GlobalOptions.Config) is { Implicit: false } ? parse.GetValue(GlobalOptions.Config)! : DefaultConfig;
            if (!File.Exists(configPath))
            {
                CliSession.Fail($"demo configuration {Path.GetFullPath(configPath)} not found; run the demo from the repository root or pass --config");
                return ExitCodes.ConfigError;
            }

            await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Seed = parse.GetValue(seed), Customers = parse.GetValue(customers) }, ct);
            Environment.SetEnvironmentVariable(SandboxUrlVariable, sandbox.BaseUrl.ToString().TrimEnd('/'));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Sandbox emulators on [bold]{sandbox.BaseUrl}[/] ({sandbox.Options.Customers:N0} customers, seed {sandbox.Options.Seed})");

            var setup = CliSession.LoadSetup(configPath, parse.GetValue(GlobalOptions.Verbose) ? LogLevel.Debug : LogLevel.Warning);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline, ct);
            var registry = host.Services.GetRequiredService<ConnectorRegistry>();
            var targets = SyncTargets.Resolve(setup, registry, null, null, out _);
            var engine = host.Services.GetRequiredService<SyncEngine>();
            var summaries = await SyncProgressView.RunAsync(targets, (t, progress) => engine.RunAsync(t.Connector, t.Stream, progress, ct));
            SyncSummaryTable.Write(summaries);
            await WriteAnnotationsAsync(host, ct);
            var asOf = await CheckAlertsAsync(host, ct);

            var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
            foreach (var sink in setup.Config.OutboxTargets)
            {
                var d = await dispatcher.DispatchAsync(sink.Name, ct);
                if (d.Batches == 0 && sink.Manifest.Kind != PluginKind.Sink)
                {
                    continue;
                }

                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"Pushed to [bold]{d.Sink}[/]: {d.Done:N0} done, {d.Retried:N0} to retry, {d.DeadLettered:N0} dead-lettered{(d.DeadLettered > 0 ? $" (why: deadletters list -c {configPath})" : "")}");
            }

            foreach (var vendor in sandbox.Vendors)
            {
                AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"The emulated [bold]{vendor.Name}[/] answered {vendor.Counters.Requests:N0} requests");
            }

            WriteReceived(sandbox);
            WriteRepliesPosted(sandbox);
            WriteAlertsReceived(sandbox);
            await WriteReportAsync(host, asOf, ct);

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Stored in [bold]{Path.GetFullPath(Path.Combine(setup.Config.Source.ContentRoot, "data", "demo.db"))}[/]; try [bold]dotnet run --project src/Host -- status -c {configPath}[/].");
            return summaries.All(s => s.Succeeded) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
