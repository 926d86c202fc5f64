using System.Diagnostics;
using Connectors.Host;
using Connectors.Host.Configuration;
using Connectors.Host.Sync;
using Connectors.Sandbox.Shopify;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Bench;

internal static class ReadOnlyProbe
{
    public static async Task<int> RunAsync(int customers)
    {
        using var sandbox = await SandboxProcess.StartAsync("--customers", $"{customers}", "--orders-per-customer", "1", "--no-throttle");
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        var configPath = Path.Combine(dir, "connectors.json");
        await File.WriteAllTextAsync(configPath, $$"""
            { "store": { "connectionString": "Data Source=data/bench.db" },
              "plugins": { "directory": "{{BenchPaths.Plugins}}" },
              "connectors": [ { "name": "shop", "plugin": "shopify", "options": {
                "shopDomain": "sandbox-shop.myshopify.com", "accessToken": "{{ShopifyDefaults.AccessToken}}", "apiVersion": "2025-04",
                "endpoint": "{{sandbox.BaseUrl.ToString().TrimEnd('/')}}", "bulkPollInterval": "00:00:00.200" } } ] }
            """);
        var errors = new List<ConfigError>();
        var setup = HostSetupLoader.Load(configPath, LogLevel.Warning, errors, out _)!;
        using var host = ConnectorsHost.Build(setup);
        var source = host.Services.GetRequiredService<ConnectorRegistry>().GetSource("shop");
        var w = Stopwatch.StartNew();
        long n = 0;
        await foreach (var b in source.ReadAsync("customers", null, CancellationToken.None)) { n += b.RecordCount; }
        Console.WriteLine($"read-only customers: {n} records in {w.Elapsed.TotalSeconds:N2}s = {n / w.Elapsed.TotalSeconds:N0}/s; cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:N1}s");
        return 0;
    }
}
