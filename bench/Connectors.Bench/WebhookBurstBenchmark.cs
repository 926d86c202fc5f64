using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Connectors.Host;
using Connectors.Host.Configuration;
using Connectors.Host.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Bench;

/// <summary>
/// A burst of signed WhatsApp deliveries at the host's webhook endpoint, as fast as it takes them: N inbound messages
/// of N/4 customers in Meta's documented shape, each signed with <c>X-Hub-Signature-256</c>, a share of them sent
/// twice (Meta redelivers), from several senders at once. Reports deliveries accepted per second, the answer times
/// (p50, p99, max; Meta wants a fast 200) and what the store holds afterwards, which must be each message once.
/// </summary>
internal static class WebhookBurstBenchmark
{
    private const string AppSecret = "bench_app_secret_0000000000000000";
    private const string PhoneNumberId = "106540352242922";

    public static async Task<int> RunAsync(int deliveries, double duplicateShare, int senders, bool enrichment)
    {
        var report = new BenchReport();
        var dir = Directory.CreateTempSubdirectory("connectors-bench-").FullName;
        try
        {
            using var host = await HostAsync(dir, enrichment);
            await host.StartAsync();
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var unique = (int)Math.Round(deliveries / (1 + duplicateShare));
            var bodies = Enumerable.Range(0, unique).Select(Body).ToList();
            // Exactly the repeats that make up the deliveries, of messages drawn at random, all in a shuffled order.
            var random = new Random(42);
            var repeats = Enumerable.Range(0, deliveries - unique).Select(_ => bodies[random.Next(unique)]);
            var plan = bodies.Concat(repeats).OrderBy(_ => random.Next()).ToList();

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            var times = new ConcurrentBag<double>();
            var failed = 0;
            var next = -1;
            var costBefore = HostCost.Now();
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) is var i && i < plan.Count)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var request = new HttpRequestMessage(HttpMethod.Post, "webhooks/wa") { Content = new ByteArrayContent(plan[i]) };
                    request.Content.Headers.ContentType = new("application/json");
                    request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(AppSecret), plan[i])));
                    using var response = await http.SendAsync(request);
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }));
            var elapsed = watch.Elapsed;
            await host.StopAsync();

            var sorted = times.Order().ToList();
            var stored = Count(dir, "SELECT COUNT(*) FROM messages WHERE source_instance = 'wa'");
            var feedback = Count(dir, "SELECT COUNT(*) FROM feedback WHERE source_instance = 'wa'");
            report.Line($"{BenchEnrichment.Describe(enrichment)}");
            report.Line($"{plan.Count:N0} signed deliveries ({plan.Count - unique:N0} repeats of {unique:N0} messages) from {senders} senders in {elapsed.TotalSeconds:N1} s = {plan.Count / elapsed.TotalSeconds:N0} accepted/s; {HostCost.Since(costBefore, plan.Count)}");
            report.Line($"answer times: p50 {Percentile(sorted, 0.50):N1} ms, p99 {Percentile(sorted, 0.99):N1} ms, max {sorted[^1]:N1} ms; {failed:N0} not 2xx");
            report.Line($"stored: {stored:N0} messages and {feedback:N0} feedback items for {unique:N0} messages sent ({(stored == unique && feedback == unique ? "each once" : "MISMATCH")})");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }

        await report.SaveAsync($"webhook-burst-{deliveries}", enrichment);
        return 0;
    }

    private static async Task<IHost> HostAsync(string dir, bool enrichment)
    {
        var configPath = Path.Combine(dir, "connectors.json");
        await File.WriteAllTextAsync(configPath, $$"""
            { "store": { "connectionString": "Data Source=data/bench.db" },
              {{BenchEnrichment.Section(enrichment)}}
              "plugins": { "directory": "{{BenchPaths.Plugins.Replace("\\", "/", StringComparison.Ordinal)}}" },
              "web": { "urls": "http://127.0.0.1:0" },
              "connectors": [ { "name": "wa", "plugin": "meta", "region": "DE", "options": {
                "channel": "whatsapp", "phoneNumberId": "{{PhoneNumberId}}", "wabaId": "102290129340398",
                "accessToken": "bench-token", "appSecret": "{{AppSecret}}", "verifyToken": "bench-verify" } } ] }
            """);
        var errors = new List<ConfigError>();
        var setup = HostSetupLoader.Load(configPath, LogLevel.Warning, errors, out _)
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
        var host = ConnectorsHost.Build(setup, HostFeatures.Pipeline | HostFeatures.Web);
        await host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(CancellationToken.None);
        return host;
    }

    /// <summary>One inbound text in WhatsApp's documented shape; a customer writes four messages.</summary>
    private static byte[] Body(int n)
    {
        var customer = 491700000000L + (n / 4);
        var at = 1_764_000_000L + n;
        var texts = new[] { "Wo bleibt meine Bestellung? Seit zwei Wochen nichts.", "Das Paket kam beschädigt an", "Danke, alles bestens!", "Can I return the shoes? They are too small." };
        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $$$"""{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"{{{PhoneNumberId}}}"},"contacts":[{"profile":{"name":"Kunde {{{customer}}}"},"wa_id":"{{{customer}}}"}],"messages":[{"from":"{{{customer}}}","id":"wamid.bench{{{n:D8}}}","timestamp":"{{{at}}}","type":"text","text":{"body":"{{{texts[n % texts.Length]}}}"}}]},"field":"messages"}]}]}"""));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static long Count(string dir, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dir, "data", "bench.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
