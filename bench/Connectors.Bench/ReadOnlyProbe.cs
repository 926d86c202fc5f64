using System.Diagnostics;
using Connectors.Host.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Bench;

/// <summary>The Shopify source alone: how fast the plugin reads customers from the sandbox when nothing is stored.</summary>
internal static class ReadOnlyProbe
{
    public static async Task<int> RunAsync(int customers)
    {
        using var sandbox = await SandboxProcess.StartAsync("--customers", $"{customers}", "--orders-per-customer", "1", "--no-throttle");
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        try
        {
            using var host = await ShopifyBenchmark.HostAsync(dir, sandbox.BaseUrl, useBulk: true);
            var source = host.Services.GetRequiredService<ConnectorRegistry>().GetSource("shop");
            var watch = Stopwatch.StartNew();
            long records = 0;
            await foreach (var batch in source.ReadAsync("customers", null, CancellationToken.None))
            {
                records += batch.RecordCount;
            }

            Console.WriteLine(System.FormattableString.Invariant(
                $"read-only customers: {records:N0} records in {watch.Elapsed.TotalSeconds:N2} s = {records / watch.Elapsed.TotalSeconds:N0} records/s; host CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:N1} s"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
