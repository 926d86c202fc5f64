using System.Diagnostics;
using System.Globalization;
using System.Text;
using Connectors.Host.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Bench;

/// <summary>
/// The report streams alone at volume: a sandbox whose every delivered order has critical seller feedback and every
/// delivered FBA order a return, so the seller feedback and returns reports of nine marketplaces hold about
/// <c>rows</c> rows; then both streams backfilled through the host, beside the store's raw upsert limit on the same
/// machine in the same run and the raw read of the same report documents (<see cref="RawReportDocuments"/>). Usage plans scaled out of the way: the quota is <c>amazon --throttled-orders</c>'s business.
/// </summary>
internal static class AmazonReportsBenchmark
{
    private static readonly string[] Streams = ["seller_feedback", "returns"];

    public static async Task<int> RunAsync(int rows, bool enrichment)
    {
        var report = new BenchReport();

        // Most orders are delivered, 60% of them by Amazon: about 1.45 report rows an order with every share at 1.
        var orders = Math.Max(1, (int)(rows / 1.45));
        using (var sandbox = await SandboxProcess.StartAsync(
            "--customers", $"{Math.Max(1, orders / 2)}", "--orders-per-customer", "2", "--amazon-orders", $"{orders}", "--amazon-rate-scale", "1000000",
            "--amazon-feedback-share", "1", "--amazon-critical-share", "1", "--amazon-return-share", "1"))
        {
            var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
            try
            {
                report.Line($"{BenchEnrichment.Describe(enrichment)}");
                using var host = await AmazonBenchmark.HostAsync(dir, sandbox.BaseUrl, enrichment);
                var engine = host.Services.GetRequiredService<SyncEngine>();
                var costBefore = HostCost.Now();
                var watch = Stopwatch.StartNew();
                var runs = new List<SyncRunSummary>();
                foreach (var stream in Streams)
                {
                    runs.Add(await engine.RunAsync("amazon", stream, null, CancellationToken.None));
                }

                var elapsed = watch.Elapsed;
                var records = runs.Sum(s => s.RecordsRead);
                var perSecond = records / elapsed.TotalSeconds;
                var reportRows = ReportRows(Path.Combine(dir, "data", "bench.db"));
                report.Line($"reports of {orders:N0} orders in 9 marketplaces: {reportRows:N0} report rows (seller feedback and returns), {records:N0} records in {elapsed.TotalSeconds:N1} s = {perSecond:N0} records/s; {HostCost.Since(costBefore, records)}");
                foreach (var s in runs)
                {
                    report.Line($"  {s.Stream} {s.Status}: {s.RecordsRead:N0} records ({s.Writes.Inserted:N0} inserted, {s.Writes.Updated:N0} updated, {s.Writes.Unchanged:N0} unchanged) in {s.Duration.TotalSeconds:N1} s");
                }

                var raw = RawSqliteUpserts.RowsPerSecond((int)Math.Min(records, 200_000));
                report.Line($"raw SQLite upserts on this machine now: {raw:N0} rows/s; pipeline / raw = {perSecond / raw:N2}");
                var (documentRows, documentRate) = await RawReportDocuments.MeasureAsync(sandbox.BaseUrl);
                // A report row becomes a feedback item and its rater: compared in report rows, not records.
                var rowsPerSecond = reportRows / elapsed.TotalSeconds;
                report.Line($"raw report documents (fetch, gunzip, decode, split; {documentRows:N0} rows): {documentRate:N0} rows/s; pipeline {rowsPerSecond:N0} report rows/s / raw = {rowsPerSecond / documentRate:N2}");
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dir, recursive: true);
            }
        }

        await report.SaveAsync($"amazon-reports-{rows}", enrichment);
        return 0;
    }

    /// <summary>The report rows stored: one feedback item per seller feedback or return row.</summary>
    private static long ReportRows(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM feedback WHERE kind IN ('seller_feedback', 'return_reason')";
        return (long)count.ExecuteScalar()!;
    }
}
