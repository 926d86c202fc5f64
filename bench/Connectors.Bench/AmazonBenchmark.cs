using System.Diagnostics;
using System.Globalization;
using System.Text;
using Connectors.Host.Sync;
using Connectors.Sandbox.Amazon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Connectors.Bench;

/// <summary>
/// The Amazon pipeline from fetch to committed rows: a backfill of one seller's orders, seller feedback and returns in
/// every marketplace the emulator serves (the sandbox in its own process, its usage plans scaled up a million times so
/// the quota does not bound the run, the rates stated in <c>x-amzn-RateLimit-Limit</c> as Amazon does), then an
/// incremental run with nothing new. Host CPU per record holds on a shared machine where wall time does not.
/// </summary>
internal static class AmazonBenchmark
{
    private static readonly string[] Streams = ["orders", "seller_feedback", "returns"];

    private static readonly string[] Marketplaces = ["US", "CA", "GB", "DE", "FR", "IT", "ES", "SE", "JP"];

    public static async Task<int> RunAsync(int orders, int throttledOrders, bool enrichment)
    {
        var report = new BenchReport();

        // Two orders a buyer on average: the orders stream meets most buyers more than once, as a real seller's does.
        var buyers = Math.Max(1, orders / 2);
        using (var sandbox = await SandboxProcess.StartAsync(
            "--customers", $"{buyers}", "--orders-per-customer", "2", "--amazon-orders", $"{orders}", "--amazon-rate-scale", "1000000"))
        {
            var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
            try
            {
                report.Line($"{BenchEnrichment.Describe(enrichment)}");
                using var host = await HostAsync(dir, sandbox.BaseUrl, enrichment);
                var engine = host.Services.GetRequiredService<SyncEngine>();
                var costBefore = HostCost.Now();
                var sandboxBefore = sandbox.Cpu;
                var watch = Stopwatch.StartNew();
                var backfill = new List<SyncRunSummary>();
                foreach (var stream in Streams)
                {
                    backfill.Add(await engine.RunAsync("amazon", stream, null, CancellationToken.None));
                }

                var elapsed = watch.Elapsed;
                var records = backfill.Sum(s => s.RecordsRead);
                var cost = HostCost.Since(costBefore, records);
                var sandboxCpu = sandbox.Cpu - sandboxBefore;
                var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
                report.Line($"backfill of {orders:N0} orders of {buyers:N0} buyers in {Marketplaces.Length} marketplaces: {records:N0} records in {elapsed.TotalSeconds:N1} s = {records / elapsed.TotalSeconds:N0} records/s; {cost}; sandbox CPU {sandboxCpu.TotalSeconds:N1} s; peak working set {peakMb:N0} MB");
                foreach (var s in backfill)
                {
                    report.Line($"  {s.Stream} {s.Status}: {s.RecordsRead:N0} records ({s.Writes.Inserted:N0} inserted, {s.Writes.Updated:N0} updated, {s.Writes.Unchanged:N0} unchanged) in {s.Duration.TotalSeconds:N1} s");
                }

                watch.Restart();
                var incremental = new List<SyncRunSummary>();
                foreach (var stream in Streams)
                {
                    incremental.Add(await engine.RunAsync("amazon", stream, null, CancellationToken.None));
                }

                report.Line($"incremental with nothing new: {watch.Elapsed.TotalMilliseconds:N0} ms, {incremental.Sum(s => s.Writes.Inserted + s.Writes.Updated):N0} rows written");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dir, recursive: true);
            }
        }

        if (throttledOrders > 0)
        {
            await AmazonThrottledRun.RunAsync(throttledOrders, report.Line);
        }

        await report.SaveAsync($"amazon-{orders}", enrichment);
        return 0;
    }

    internal static async Task<IHost> HostAsync(string dir, Uri sandbox, bool enrichment)
    {
        var url = sandbox.ToString().TrimEnd('/');
        return await BenchHosts.BuildAsync(dir, enrichment, $$"""
            { "name": "amazon", "plugin": "amazon", "options": {
              "clientId": "{{AmazonDefaults.ClientId}}", "clientSecret": "{{AmazonDefaults.ClientSecret}}", "refreshToken": "{{AmazonDefaults.RefreshToken}}",
              "marketplaces": [{{string.Join(", ", Marketplaces.Select(m => $"\"{m}\""))}}], "endpoint": "{{url}}", "tokenUrl": "{{url}}{{AmazonDefaults.TokenPath}}",
              "restrictedData": true, "startDate": "2022-06-01T00:00:00Z", "reportPollInterval": "00:00:00.100", "batchSize": 1000 } }
            """);
    }
}
