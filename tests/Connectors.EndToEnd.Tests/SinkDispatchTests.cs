using Connectors.EndToEnd.Tests.Support;
using Connectors.Sandbox;
using Connectors.Sandbox.Framework;
using Connectors.Sandbox.Shopify;
using Connectors.Sandbox.Zendesk;

namespace Connectors.EndToEnd.Tests;

/// <summary>
/// Sources to both sink emulators through the real host process: exactly one contact per customer, one note per
/// feedback item and one ticket per actionable item, after a clean run, a run with 30% 429s and 5% 5xx, and a
/// SIGKILL of the host during dispatch followed by a restart.
/// </summary>
public sealed class SinkDispatchTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    private string Db => Path.Combine(_dir.Path, "data", "store.db");

    private ZendeskEmulator Zendesk => ZendeskEmulator.Of(_sandbox);

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 60, OrdersPerCustomer = 1, Seed = 11 });
        Zendesk.Knobs = Zendesk.Knobs with { RequestsPerMinute = 6000 };
        SampleCopy.Into(_dir.Path);
        var url = _sandbox.BaseUrl.ToString().TrimEnd('/');
        _dir.File("connectors.json", $$"""
            { "store": { "connectionString": "Data Source=data/store.db" },
              "connectors": [
                { "name": "shop", "plugin": "shopify", "options": { "shopDomain": "{{_sandbox.Shopify.ShopDomain}}", "accessToken": "{{ShopifyDefaults.AccessToken}}",
                    "apiVersion": "2025-04", "endpoint": "{{url}}", "bulkPollInterval": "00:00:00.100" } },
                { "name": "csat", "plugin": "surveys-csv", "options": { "directory": "surveys/csat", "scale": "csat-1-5", "defaultCountry": "US",
                    "columns": { "responseId": "id", "submittedAt": "created", "email": "email", "phone": "phone", "score": "rating", "comment": "comment" } } },
                { "name": "crm", "plugin": "hubspot", "options": { "accessToken": "${env:HUBSPOT_TOKEN}", "endpoint": "{{url}}" } },
                { "name": "helpdesk", "plugin": "zendesk", "options": { "email": "{{Zendesk.Email}}", "apiToken": "${env:ZENDESK_TOKEN}",
                    "endpoint": "{{url}}", "requestsPerMinute": 6000 } } ],
              "routes": [
                { "name": "contacts", "what": "customers", "to": "crm" },
                { "name": "timeline", "to": "crm" },
                { "name": "unhappy", "when": { "ratingAtMost": 0.25 }, "to": "helpdesk", "priority": "urgent" } ] }
            """);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private Dictionary<string, string> Env => new() { ["HUBSPOT_TOKEN"] = _sandbox.HubSpot.AccessToken, ["ZENDESK_TOKEN"] = Zendesk.ApiToken };

    private async Task SyncAll()
    {
        var sync = await HostProcess.RunAsync(_dir.Path, ["sync", "-c", "connectors.json"], Env);
        Assert.True(sync.ExitCode == 0, sync.ToString());
    }

    /// <summary>Dispatches until nothing is pending; between rounds, retries are made due now instead of waiting out their backoff.</summary>
    private async Task DispatchUntilDrained()
    {
        for (var round = 0; round < 15 && Pending() > 0; round++)
        {
            var dispatch = await HostProcess.RunAsync(_dir.Path, ["dispatch", "-c", "connectors.json"], Env);
            Assert.True(dispatch.ExitCode == 0, dispatch.ToString());
            StoreQueries.Execute(Db, "UPDATE outbox_items SET due_at = 0 WHERE status = 'pending'");
        }

        Assert.Equal(0, Pending());
    }

    private long Pending() => StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE status = 'pending'");

    private void AssertExactlyOncePerRecord()
    {
        var contacts = _sandbox.HubSpot.Contacts;
        Assert.Equal(StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers WHERE email IS NOT NULL"), contacts.Count);
        Assert.Equal(contacts.Count, contacts.Select(c => c.Properties.GetValueOrDefault("email")).Distinct().Count());

        var notes = _sandbox.HubSpot.Notes;
        Assert.Equal(StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM outbox_items WHERE sink = 'crm' AND item_type = 'feedback' AND status = 'done'"), notes.Count);
        Assert.Equal(notes.Count, notes.Select(n => n.Properties.GetValueOrDefault("connectors_key")).Distinct().Count());

        var tickets = Zendesk.Store.Tickets;
        Assert.Equal(StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM feedback WHERE rating <= 0.25"), tickets.Count);
        Assert.Equal(tickets.Count, tickets.Select(t => t.ExternalId).Distinct().Count());
        Assert.All(tickets, t => Assert.Equal("urgent", t.Priority));
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM dead_letters WHERE sink = 'helpdesk'"));
    }

    [Fact]
    public async Task A_clean_run_creates_one_contact_per_customer_and_one_ticket_per_actionable_item()
    {
        await SyncAll();
        await DispatchUntilDrained();

        AssertExactlyOncePerRecord();
        Assert.True(Zendesk.Store.Tickets.Count >= 5, "the sample CSAT export has unhappy customers");
        // Customers without an email cannot become HubSpot contacts: dead-lettered with the reason, nothing lost silently.
        var dead = StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM dead_letters WHERE sink = 'crm' AND item_type = 'customer'");
        Assert.Equal(StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM customers WHERE email IS NULL"), dead);
        Assert.True(dead > 0, "the seeded shop has customers without an email");

        var allDead = StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM dead_letters WHERE sink = 'crm'");
        var list = await HostProcess.RunAsync(_dir.Path, ["deadletters", "list", "--sink", "crm", "-c", "connectors.json"], Env);
        var replay = await HostProcess.RunAsync(_dir.Path, ["deadletters", "replay", "--all", "--sink", "crm", "-c", "connectors.json"], Env);

        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("customer has no email", list.Stdout, StringComparison.Ordinal);
        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Contains($"{allDead} item(s) back in the outbox", replay.Stdout, StringComparison.Ordinal);
        Assert.Equal(allDead, Pending());
        Assert.Equal(0, StoreQueries.Scalar(Db, "SELECT COUNT(*) FROM dead_letters"));
    }

    [Fact]
    public async Task A_run_with_30_percent_429s_and_5_percent_5xx_still_delivers_each_item_exactly_once()
    {
        foreach (var vendor in new[] { "hubspot", "zendesk" })
        {
            _sandbox.Vendor(vendor).Faults.Set(new FaultSettings { ThrottleShare = 0.3, ServerErrorShare = 0.05 });
        }

        await SyncAll();
        await DispatchUntilDrained();

        AssertExactlyOncePerRecord();
        Assert.True(_sandbox.Vendor("hubspot").Counters[SandboxCounters.InjectedThrottles] > 0, "faults were injected");
    }

    [Fact]
    public async Task Killing_the_host_during_dispatch_then_restarting_neither_loses_nor_duplicates()
    {
        await SyncAll();
        foreach (var vendor in new[] { "hubspot", "zendesk" })
        {
            _sandbox.Vendor(vendor).Faults.Set(new FaultSettings { LatencyMs = 150 });
        }

        using (var doomed = HostProcess.Start(_dir.Path, ["dispatch", "-c", "connectors.json"], Env))
        {
            await doomed.WaitUntilAsync(() => Zendesk.Store.Tickets.Count >= 3, "3 tickets pushed");
            doomed.Kill();
        }

        Assert.True(Pending() > 0, "the kill left work undone");
        foreach (var vendor in new[] { "hubspot", "zendesk" })
        {
            _sandbox.Vendor(vendor).Faults.Reset();
        }

        await DispatchUntilDrained();

        AssertExactlyOncePerRecord();
    }
}
