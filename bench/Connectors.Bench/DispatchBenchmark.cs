using System.Diagnostics;
using System.Globalization;
using Connectors.Abstractions;
using Connectors.Host.Outbox;
using Connectors.Host.Routing;
using Connectors.Host.Store;
using Connectors.Host.Sync;
using Connectors.Sandbox;
using Connectors.Sandbox.HubSpot;
using Connectors.Sandbox.Zendesk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Bench;

/// <summary>
/// The outbox dispatcher against each sink emulator's rate limit: N customers routed to HubSpot (a contact each)
/// and M unhappy survey answers routed to Zendesk (a ticket each), drained by the real dispatcher and plugins; the
/// figure is the requests per second achieved as a share of what the emulated vendor allows.
/// </summary>
internal static class DispatchBenchmark
{
    // Limits small enough that a short run is bound by them, not by the machine.
    private const int HubSpotRequestsPerWindow = 20;
    private const int HubSpotWindowMs = 2_000;
    private const int ZendeskRequestsPerMinute = 600;

    public static async Task<int> RunAsync(int customers, int tickets)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = 0 });
        sandbox.HubSpot.Knobs = sandbox.HubSpot.Knobs with { RequestsPerWindow = HubSpotRequestsPerWindow, WindowMilliseconds = HubSpotWindowMs };
        var zendesk = ZendeskEmulator.Of(sandbox);
        zendesk.Knobs = zendesk.Knobs with { RequestsPerMinute = ZendeskRequestsPerMinute };
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        try
        {
            using var host = await HostAsync(dir, sandbox, zendesk);
            await QueueAsync(host, customers, tickets);
            var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();

            // HubSpot's window rolls: its budget over a run is the steady rate times the run's length.
            var (hubspotRequests, hubspotSeconds) = await Drain(dispatcher, "crm", sandbox.Vendor("hubspot"));
            Report("HubSpot", customers, "contacts", sandbox.HubSpot.Contacts.Count, hubspotRequests, hubspotSeconds,
                HubSpotRequestsPerWindow * hubspotSeconds * 1000 / HubSpotWindowMs, $"a rolling {HubSpotWindowMs / 1000} s window of {HubSpotRequestsPerWindow}");
            // Zendesk's window is a fixed minute: the budget is the limit for every minute the run touched.
            var (zendeskRequests, zendeskSeconds) = await Drain(dispatcher, "helpdesk", sandbox.Vendor("zendesk"));
            Report("Zendesk", tickets, "tickets", zendesk.Store.Tickets.Count, zendeskRequests, zendeskSeconds,
                ZendeskRequestsPerMinute * Math.Ceiling(zendeskSeconds / 60), $"fixed minutes of {ZendeskRequestsPerMinute}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(long Requests, double Seconds)> Drain(OutboxDispatcher dispatcher, string sink, Connectors.Sandbox.Framework.SandboxVendor vendor)
    {
        var before = vendor.Counters.Requests;
        var watch = Stopwatch.StartNew();
        DispatchSummary summary;
        do
        {
            summary = await dispatcher.DispatchAsync(sink, CancellationToken.None);
        }
        while (summary.StillPending > 0 && watch.Elapsed < TimeSpan.FromMinutes(5));

        return (vendor.Counters.Requests - before, watch.Elapsed.TotalSeconds);
    }

    private static void Report(string sink, int queued, string what, int created, long requests, double seconds, double allowed, string limit) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sink}: {queued:N0} items -> {created:N0} {what}; {requests:N0} requests in {seconds:N1} s under {limit} = {requests / allowed:P0} of the budget (goal >= 90%)"));

    /// <summary>Writes the records through the store's own write path, so the routes queue the outbox exactly as a sync does.</summary>
    private static async Task QueueAsync(IHost host, int customers, int tickets)
    {
        var t0 = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await using var writer = await BatchPipeline.OpenAsync(host.Services.GetRequiredService<IStoreConnectionFactory>(), host.Services.GetRequiredService<PipelineStages>(), CancellationToken.None);
        for (var start = 0; start < customers; start += 1000)
        {
            var batch = new SourceBatch
            {
                Customers = [.. Enumerable.Range(start, Math.Min(1000, customers - start)).Select(i => new CustomerRecord
                {
                    SourceId = $"c{i}", Channel = "survey", Email = $"buyer{i}@example.com", Name = $"Buyer {i}", Country = "US", SeenAt = t0,
                })],
                Feedback = [.. Enumerable.Range(start, Math.Min(1000, customers - start)).Where(i => i < tickets).Select(i => new FeedbackRecord
                {
                    SourceId = $"a{i}", Channel = "survey", Kind = FeedbackKinds.SurveyAnswer, CustomerSourceId = $"c{i}",
                    Rating = Rating.FromScale(1, RatingScale.Csat1To5), Body = $"Parcel {i} arrived broken", OccurredAt = t0,
                })],
            };
            await writer.CommitAsync("bench", "answers", 0, batch, t0, CancellationToken.None);
        }
    }

    private static async Task<IHost> HostAsync(string dir, SandboxServer sandbox, ZendeskEmulator zendesk)
    {
        var url = sandbox.BaseUrl.ToString().TrimEnd('/');
        var configPath = Path.Combine(dir, "connectors.json");
        await File.WriteAllTextAsync(configPath, $$"""
            { "store": { "connectionString": "Data Source=data/bench.db" },
              "plugins": { "directory": "{{BenchPaths.Plugins.Replace("\\", "/", StringComparison.Ordinal)}}" },
              "connectors": [
                { "name": "crm", "plugin": "hubspot", "options": { "accessToken": "{{HubSpotDefaults.AccessToken}}", "endpoint": "{{url}}" } },
                { "name": "helpdesk", "plugin": "zendesk", "options": { "email": "{{zendesk.Email}}", "apiToken": "{{zendesk.ApiToken}}", "endpoint": "{{url}}",
                    "requestsPerMinute": {{ZendeskRequestsPerMinute}} } } ],
              "routes": [
                { "name": "contacts", "what": "customers", "to": "crm" },
                { "name": "unhappy", "when": { "ratingAtMost": 0.25 }, "to": "helpdesk", "priority": "urgent" } ] }
            """);
        return await BenchHosts.BuildAsync(configPath);
    }
}
