using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Connectors.Host.Sync;
using Connectors.Sandbox.Amazon.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Bench;

/// <summary>
/// A backfill under the models' usage plans, sped up by <see cref="Scale"/> so it takes seconds: how much of each
/// operation's plan the source used while that operation bounded the run (goal: at least 90%), and how many requests
/// Amazon refused with 429 and runs failed (goal: none failed for a 429). The emulator counts what it served.
/// </summary>
internal static class AmazonThrottledRun
{
    /// <summary>The models' rates times 100: getOrders restores 1.67 requests a second instead of one a minute.</summary>
    private const double Scale = 100;

    private static readonly (string Stream, string[] Operations)[] Phases =
    [
        ("orders", ["getOrders", "createRestrictedDataToken"]),
        ("seller_feedback", ["createReport", "getReport", "getReportDocument"]),
        ("returns", ["createReport", "getReport", "getReportDocument"]),
    ];

    public static async Task RunAsync(int orders, Action<FormattableString> line)
    {
        using var sandbox = await SandboxProcess.StartAsync(
            "--customers", $"{Math.Max(1, orders / 2)}", "--orders-per-customer", "2", "--amazon-orders", $"{orders}",
            "--amazon-rate-scale", Scale.ToString(CultureInfo.InvariantCulture));
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        try
        {
            using var host = await AmazonBenchmark.HostAsync(dir, sandbox.BaseUrl, enrichment: false);
            var engine = host.Services.GetRequiredService<SyncEngine>();
            using var control = new HttpClient { BaseAddress = sandbox.BaseUrl };
            line($"throttled run: {orders:N0} orders under the usage plans x{Scale:0} (rate and burst from the models)");
            var failed = 0;
            foreach (var (stream, operations) in Phases)
            {
                var before = await UsageAsync(control);
                var watch = Stopwatch.StartNew();
                var run = await engine.RunAsync("amazon", stream, null, CancellationToken.None);
                var seconds = watch.Elapsed.TotalSeconds;
                var after = await UsageAsync(control);
                failed += run.Succeeded ? 0 : 1;
                line($"  {stream} {run.Status}: {run.RecordsRead:N0} records in {seconds:N1} s{(run.Error is null ? "" : $" ({run.Error})")}");
                foreach (var operation in operations)
                {
                    line($"    {Share(operation, before, after, seconds)}");
                }
            }

            line($"  runs failed: {failed}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>What one operation used of what its plan allowed in the phase: a full bucket, then the restore rate.</summary>
    private static FormattableString Share(string operation, Usage before, Usage after, double seconds)
    {
        var plan = UsagePlans.All.Single(p => p.Operation == operation);
        var taken = after.Taken(operation) - before.Taken(operation);
        var refused = after.Refused(operation) - before.Refused(operation);
        var allowed = plan.Burst + (seconds * plan.Rate * Scale);
        // Bound: the bucket ran dry (more calls than a full bucket, at least half the plan used); else the plan had room.
        var bound = taken > plan.Burst && taken / allowed >= 0.5 ? "its quota bounded the run" : "the plan had room to spare";
        return $"{operation}: {taken:N0} calls, {refused:N0} refused with 429; plan {plan.Rate * Scale:0.##}/s, burst {plan.Burst}: {taken / allowed:P0} of what it allowed ({bound})";
    }

    private static async Task<Usage> UsageAsync(HttpClient control) =>
        new(await control.GetFromJsonAsync<Dictionary<string, Counts>>("_sandbox/amazon/limits") ?? []);

    private sealed record Counts(long Taken, long Refused);

    private sealed record Usage(Dictionary<string, Counts> ByOperation)
    {
        public long Taken(string operation) => ByOperation.TryGetValue(operation, out var c) ? c.Taken : 0;

        public long Refused(string operation) => ByOperation.TryGetValue(operation, out var c) ? c.Refused : 0;
    }
}
