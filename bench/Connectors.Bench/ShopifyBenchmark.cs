using System.Diagnostics;
using System.Globalization;
using System.Text;
using Connectors.Host.Sync;
using Connectors.Sandbox;
using Connectors.Sandbox.Shopify;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Bench;

/// <summary>
/// The Shopify pipeline from fetch to committed rows: a bulk backfill of N customers and their orders from the
/// sandbox (its own process, throttling off), an incremental run with nothing new, the raw limits of this machine
/// measured in the same run, and a throttled paged run that reports the share of the cost budget it used.
/// </summary>
internal static class ShopifyBenchmark
{
    public static async Task<int> RunAsync(int customers, int throttledCustomers, bool enrichment)
    {
        var report = new BenchReport();

        double pipeline;
        using (var sandbox = await SandboxProcess.StartAsync("--customers", $"{customers}", "--orders-per-customer", "1", "--no-throttle"))
        {
            var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
            try
            {
                // The machine's limits drift while it runs (shared, noisy): they are measured right before and right
                // after the backfill, and the pipeline is compared with their mean.
                var before = await RawLimitsAsync(sandbox.BaseUrl);
                report.Line($"{BenchEnrichment.Describe(enrichment)}");
                using var host = await HostAsync(dir, sandbox.BaseUrl, useBulk: true, enrichment);
                var engine = host.Services.GetRequiredService<SyncEngine>();
                var costBefore = HostCost.Now();
                var watch = Stopwatch.StartNew();
                var backfill = new List<SyncRunSummary>
                {
                    await engine.RunAsync("shop", "customers", null, CancellationToken.None),
                    await engine.RunAsync("shop", "orders", null, CancellationToken.None),
                };
                var elapsed = watch.Elapsed;
                var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
                var records = backfill.Sum(s => s.RecordsRead);
                var cost = HostCost.Since(costBefore, records);
                var storeMb = Directory.GetFiles(Path.Combine(dir, "data"), "bench.db*").Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0);
                pipeline = records / elapsed.TotalSeconds;
                report.Line($"backfill of {customers:N0} customers with orders (bulk): {records:N0} records in {elapsed.TotalSeconds:N1} s = {pipeline:N0} records/s; {cost}; peak working set {peakMb:N0} MB; store files {storeMb:N0} MB; {string.Join(", ", backfill.Select(s => $"{s.Stream} {s.Status}: {s.RecordsRead:N0} records in {s.Duration.TotalSeconds:N1} s"))}");

                watch.Restart();
                var incremental = new[]
                {
                    await engine.RunAsync("shop", "customers", null, CancellationToken.None),
                    await engine.RunAsync("shop", "orders", null, CancellationToken.None),
                };
                report.Line($"incremental with nothing new: {watch.Elapsed.TotalMilliseconds:N0} ms, {incremental.Sum(s => s.Writes.Inserted + s.Writes.Updated):N0} rows written");

                var after = await RawLimitsAsync(sandbox.BaseUrl);
                var mean = new RawLimits((before.Http + after.Http) / 2, (before.Json + after.Json) / 2, (before.Sqlite + after.Sqlite) / 2);
                foreach (var (name, limits) in new[] { ("before", before), ("after", after), ("mean", mean) })
                {
                    report.Line($"raw limits {name}: loopback HTTP {limits.Http:N0} records/s, JSON parsing {limits.Json:N0} records/s, SQLite upserts {limits.Sqlite:N0} rows/s");
                }

                report.Line($"pipeline / slowest raw limit = {pipeline / mean.Slowest:N2} (goal >= 0.40); against the limits before: {pipeline / before.Slowest:N2}, after: {pipeline / after.Slowest:N2}");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dir, recursive: true);
            }
        }

        if (throttledCustomers > 0)
        {
            await ThrottledRunAsync(throttledCustomers, report.Line);
        }
        else
        {
            report.Line($"throttled paged run: skipped (--throttled-customers 0)");
        }

        await report.SaveAsync($"shopify-{customers}", enrichment);
        return 0;
    }

    /// <summary>
    /// Paging through a throttled shop (1,200-point bucket, 1,000 points/s). Once the initial bucket is
    /// spent, a client that wastes no budget consumes exactly the restore rate: share = (points used − bucket) / (rate × time).
    /// </summary>
    private static async Task ThrottledRunAsync(int customers, Action<FormattableString> line)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Customers = customers, OrdersPerCustomer = 0 });
        // A bucket that holds one page and refills fast: the run is bound by the restore rate within seconds.
        sandbox.Shopify.Knobs = sandbox.Shopify.Knobs with { BucketSize = 1200, RestoreRate = 1000 };
        var status = sandbox.Shopify.GetThrottleStatus();
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        try
        {
            using var host = await HostAsync(dir, sandbox.BaseUrl, useBulk: false);
            var watch = Stopwatch.StartNew();
            var run = await host.Services.GetRequiredService<SyncEngine>().RunAsync("shop", "customers", null, CancellationToken.None);
            var seconds = watch.Elapsed.TotalSeconds;
            var used = sandbox.Vendor("shopify").Counters["actualCost"];
            var share = (used - status.CurrentlyAvailable) / (status.RestoreRate * seconds);
            var throttled = sandbox.Vendor("shopify").Counters.Throttled;
            line($"throttled paged run: {run.RecordsRead:N0} customers in {seconds:N1} s, {used:N0} cost points used, {throttled:N0} throttled answers; share of the restore budget used after the initial bucket = {share:P1} (goal >= 90%)");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<RawLimits> RawLimitsAsync(Uri sandbox)
    {
        var (http, json) = await RawPageLimits.MeasureAsync(sandbox, TimeSpan.FromSeconds(3));
        return new RawLimits(http, json, RawSqliteUpserts.RowsPerSecond(300_000));
    }

    private sealed record RawLimits(double Http, double Json, double Sqlite)
    {
        public double Slowest => Math.Min(Math.Min(Http, Json), Sqlite);
    }

    internal static async Task<IHost> HostAsync(string dir, Uri sandbox, bool useBulk, bool enrichment = true)
    {
        return await BenchHosts.BuildAsync(dir, enrichment, $$"""
            { "name": "shop", "plugin": "shopify", "options": {
              "shopDomain": "sandbox-shop.myshopify.com", "accessToken": "{{ShopifyDefaults.AccessToken}}", "apiVersion": "2025-04",
              "endpoint": "{{sandbox.ToString().TrimEnd('/')}}", "useBulk": {{(useBulk ? "true" : "false")}}, "bulkPollInterval": "00:00:00.200" } }
            """);
    }
}
