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

    /// <summary>
    /// The WhatsApp number's conversations, as Meta delivers them: the emulator posts its backlog, signed, to the host's
    /// webhook endpoint on loopback (WhatsApp has no history API to read them back).
    /// </summary>
    private static async Task ReceiveWhatsAppAsync(Microsoft.Extensions.Hosting.IHost host, SandboxServer sandbox, HostSetup setup)
    {
        if (setup.Config.Find("whatsapp") is null)
        {
            return;
        }

        var address = host.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        var meta = Connectors.Sandbox.Meta.MetaEmulator.Of(sandbox);
        meta.Knobs = meta.Knobs with { CallbackUrl = $"{address.TrimEnd('/')}/webhooks/whatsapp" };
        var verified = await meta.Webhooks.VerifyAsync();
        var deliveries = meta.Webhooks.DeliverBacklog(Connectors.Sandbox.Meta.Data.MetaChannel.WhatsApp);
        // And one customer writes now, inside the 24-hour window the demo answers in.
        meta.Webhooks.DeliverNewInbound(1, Connectors.Sandbox.Meta.Data.MetaChannel.WhatsApp);
        await meta.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(60));
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"WhatsApp: Meta checked the webhook URL ({(verified.Verified ? "verified" : "refused")}) and delivered [bold]{deliveries.Count + 1:N0}[/] signed webhooks to {address}/webhooks/whatsapp");
    }

    /// <summary>Answers the newest customer message on WhatsApp that is still inside Meta's 24-hour window, once, through the outbox.</summary>
    private static async Task AnswerWhatsAppAsync(Microsoft.Extensions.Hosting.IHost host, SandboxServer sandbox, HostSetup setup, CancellationToken ct)
    {
        if (setup.Config.Find("whatsapp") is null)
        {
            return;
        }

        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Store.ConnectorsDbContext>>().CreateDbContextAsync(ct);
        var since = host.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(-23);
        var newest = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Feedback.Where(f => f.SourceInstance == "whatsapp" && f.OccurredAt >= since).OrderByDescending(f => f.OccurredAt), ct);
        if (newest is null)
        {
            return;
        }

        var (reply, _) = await host.Services.GetRequiredService<Replies.ReplyDesk>().AddAsync(db, newest, "Thanks for your message! We are looking into it and will get back to you today.", draft: false, ct);
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync("whatsapp", ct);
        await db.Entry(reply).ReloadAsync(ct);
        var taken = Connectors.Sandbox.Meta.MetaEmulator.Of(sandbox).Sends.All.Count;
        AnsiConsole.Write(new Panel(Markup.Escape($"{newest.Body}\n\nReply ({(reply.PostedAt is null ? "not posted: replies shows why" : $"posted in the thread; WhatsApp took {taken} message(s)")}): {reply.Text}"))
            .Header(Markup.Escape($"WhatsApp message {newest.Key}")).Expand());
    }

    /// <summary>One person as the store knows them: a customer with a shop account, a Trustpilot review and a WhatsApp conversation, if the sandbox has one.</summary>
    private static async Task WriteOneCustomerAcrossChannelsAsync(Microsoft.Extensions.Hosting.IHost host, CancellationToken ct)
    {
        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Store.ConnectorsDbContext>>().CreateDbContextAsync(ct);
        var sources = db.CustomerSources;
        var id = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Customers.Where(c => sources.Any(s => s.CustomerId == c.Id && s.SourceInstance == "trustpilot") && sources.Any(s => s.CustomerId == c.Id && s.SourceInstance == "whatsapp"))
                .OrderBy(c => c.Id).Select(c => (long?)c.Id), ct);
        if (id is not { } customer)
        {
            return;
        }

        var channels = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Feedback.Where(f => f.CustomerId == customer).OrderBy(f => f.OccurredAt).Select(f => f.Channel + " " + f.Kind), ct);
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"One customer across channels: customer [bold]{customer}[/] wrote {channels.Count:N0} items ({string.Join(", ", channels.Distinct())}); see [bold]customers show {customer}[/]");
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
    /// Checks the alert rules as of the day after the newest survey answer (the sample exports are from the autumn of 2026,
    /// so "today" would find empty windows), which queues each breach to the webhook sink; returns that day.
    /// </summary>
    private static async Task<DateOnly> CheckAlertsAsync(Microsoft.Extensions.Hosting.IHost host, CancellationToken ct)
    {
        await using var db = await host.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Store.ConnectorsDbContext>>().CreateDbContextAsync(ct);
        // The exports' newest answer, not the newest item: the sandbox's WhatsApp conversations are from today.
        var newest = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MaxAsync(
            db.Feedback.Where(f => f.Channel == Channels.Survey).Select(f => (DateTimeOffset?)f.OccurredAt), ct);
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

            var options = new SandboxOptions { Seed = parse.GetValue(seed), Customers = parse.GetValue(customers) };
            // The DMs' history ends where the other emulators' does, so the same demo shows the same data every day.
            options.Meta.HistoryEnd = options.DataEpoch;
            await using var sandbox = await SandboxServer.StartAsync(options, ct);
            Environment.SetEnvironmentVariable(SandboxUrlVariable, sandbox.BaseUrl.ToString().TrimEnd('/'));
            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Sandbox emulators on [bold]{sandbox.BaseUrl}[/] ({sandbox.Options.Customers:N0} customers, seed {sandbox.Options.Seed})");

            var setup = CliSession.LoadSetup(configPath, parse.GetValue(GlobalOptions.Verbose) ? LogLevel.Debug : LogLevel.Warning);
            if (setup is null)
            {
                return ExitCodes.ConfigError;
            }

            using var host = await CliSession.StartHostAsync(setup, HostFeatures.Pipeline | HostFeatures.Web, ct);
            await host.StartAsync(ct);
            await ReceiveWhatsAppAsync(host, sandbox, setup);
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
            await AnswerWhatsAppAsync(host, sandbox, setup, ct);
            await WriteOneCustomerAcrossChannelsAsync(host, ct);
            WriteAlertsReceived(sandbox);
            await WriteReportAsync(host, asOf, ct);

            AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Stored in [bold]{Path.GetFullPath(Path.Combine(setup.Config.Source.ContentRoot, "data", "demo.db"))}[/]; try [bold]dotnet run --project src/Host -- status -c {configPath}[/].");
            await host.StopAsync(CancellationToken.None);
            return summaries.All(s => s.Succeeded) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
